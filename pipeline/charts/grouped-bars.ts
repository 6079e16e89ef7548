// Grouped bars: several indicators by sector in one year (horizontal, so Norwegian labels have
// room), with the value at the end of each bar and error bars where intervals exist. Also the
// single-series variant: one indicator across groups, e.g. municipality size classes.
import type { Group, IndicatorEstimate } from "../indicators/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { ChartDefinition } from "./types.js";
import { pivotNumbers } from "./chart-numbers.js";
import { findPublishable, interval, round, type PublishableEstimate } from "./estimates.js";
import { SECTOR_GROUPS, SECTOR_LABELS, groupLabel } from "./groups.js";
import { PERCENT_AXIS_FORMAT } from "./number-locale.js";
import { caption, formatValue, listing, lowerFirst, type ChartContext } from "./text.js";
import { percentCeiling } from "./trend.js";
import { RANGE, STYLE } from "./vega-lite-config.js";

export interface GroupedBarsOptions {
  id: string;
  title: string;
  /** Share indicators, in the order the bars are drawn. */
  definitions: readonly IndicatorDefinition[];
  estimates: readonly IndicatorEstimate[];
  context: ChartContext;
  /** The text on the category axis; the indicator's label by default. */
  labelOf?: (definition: IndicatorDefinition) => string;
  /** Groups to compare; the four sector groups by default. */
  groups?: readonly Group[];
}

/** A bar shorter than this share of the axis is too short to hold its value label. */
const INSIDE_LABEL_SHARE = 0.12;
/** Where across its bar an error bar runs (0 top, 1 bottom): below the value label. */
const ERROR_BAR_POSITION = 0.82;
/** Points of a label inside a grouped bar: its upper half, above the error bar, holds it. */
const GROUPED_LABEL_SIZE = 8;
/** White on a dark bar, black on a light one: the colour with the higher WCAG contrast. */
const LABEL_ON_BAR =
  "contrast('#ffffff', scale('color', datum.gruppe)) >= contrast('#1a1a1a', scale('color', datum.gruppe)) ? '#ffffff' : '#1a1a1a'";

interface BarRow {
  kategori: string;
  gruppe: string;
  estimate: number;
  ciLow: number | null;
  ciHigh: number | null;
  verdi: string;
}

export function groupedBarsChart(options: GroupedBarsOptions): ChartDefinition {
  const { definitions, estimates, context } = options;
  const groups = options.groups ?? SECTOR_GROUPS;
  const labelOf = options.labelOf ?? ((d: IndicatorDefinition) => d.label);
  const found: Array<[IndicatorDefinition, PublishableEstimate]> = definitions.flatMap((d) =>
    groups.flatMap((g) => {
      const row = findPublishable(estimates, d.id, g, context.year);
      return row ? [[d, row] as [IndicatorDefinition, PublishableEstimate]] : [];
    }),
  );
  const values: BarRow[] = found.map(([d, r]) => barRow(d, r, labelOf(d)));
  const categories = [...new Set(definitions.map(labelOf))];
  const groupLabels = groups.map(groupLabel);
  const bySector = groups.every((g) => (SECTOR_GROUPS as readonly Group[]).includes(g));
  const single = definitions.length === 1;
  const altText = barsAltText(options.title, values, categories, context.year);
  const bases = found.filter(([, r]) => r.group === "alle" || !bySector).map(([, r]) => r.n);

  // One indicator across groups: the groups are the categories, one colour, no offset.
  const category = single ? "gruppe" : "kategori";
  const categoryDomain = single ? groupLabels : categories;
  const ceiling = percentCeiling(values);
  const encoding: Record<string, unknown> = {
    y: { field: category, type: "nominal", title: null, sort: categoryDomain },
    x: {
      field: "estimate",
      type: "quantitative",
      title: null,
      scale: { domain: [0, ceiling], nice: false },
      axis: { format: PERCENT_AXIS_FORMAT, tickCount: 5 },
    },
  };
  if (!single) encoding.yOffset = { field: "gruppe", sort: groupLabels };
  if (bySector)
    encoding.color = {
      field: "gruppe",
      type: "nominal",
      title: null,
      scale: { domain: SECTOR_LABELS, range: RANGE.sector },
      ...(single ? { legend: null } : {}),
    };
  else
    encoding.color = {
      field: "gruppe",
      type: "nominal",
      title: null,
      sort: groupLabels,
      ...(single ? { scale: { range: RANGE.single }, legend: null } : {}),
    };
  const barCount = single ? groups.length : categories.length * groups.length;
  const hasErrorBars = values.some((v) => v.ciLow !== null);
  // A grouped bar with an error bar holds its label above the rule: it needs the height.
  const step = single ? 18 : (hasErrorBars ? 16 : 13) * (barCount > 20 ? 0.9 : 1);
  const errorBars = {
    transform: [{ filter: "isValid(datum.ciLow) && isValid(datum.ciHigh)" }],
    // Along the lower edge of the bar, clear of the value label at its end.
    mark: { type: "rule", color: "#1a1a1a", strokeWidth: 0.8 },
    encoding: {
      x: { field: "ciLow", type: "quantitative" },
      x2: { field: "ciHigh" },
      color: null,
      // One bar per row: the rule runs below the middle, clear of the label. (Grouped bars
      // keep it in the middle: vega-lite centres a rule in its offset band; their label sits
      // above it instead.)
      ...(single ? { y: { ...(encoding.y as object), bandPosition: ERROR_BAR_POSITION } } : {}),
    },
  };
  // A value belongs at the end of its bar: inside it, in white or black, whichever reads
  // better on the bar's colour; only a bar too short to hold it has it outside, past its
  // interval, so the label never sits where it reads as another value on the axis.
  const fitsInside = `datum.estimate >= ${round(ceiling * INSIDE_LABEL_SHARE)}`;
  const insideLabels = {
    transform: [{ filter: fitsInside }],
    mark: {
      type: "text",
      style: STYLE.valueLabel,
      align: "right",
      dx: -3,
      fill: { expr: LABEL_ON_BAR },
      ...(single || !hasErrorBars
        ? { baseline: "middle" }
        : { baseline: "alphabetic", dy: -1, fontSize: GROUPED_LABEL_SIZE }),
    },
    encoding: {
      text: { field: "verdi" },
      x: { field: "estimate", type: "quantitative" },
      color: null,
    },
  };
  const outsideLabels = {
    transform: [{ filter: `!(${fitsInside})` }],
    mark: { type: "text", style: STYLE.valueLabel, align: "left", baseline: "middle", dx: 3 },
    encoding: {
      text: { field: "verdi" },
      x: { field: "labelAt", type: "quantitative" },
      color: null,
    },
  };
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: altText,
    data: {
      values: values.map((v) => ({ ...v, labelAt: Math.max(v.estimate, v.ciHigh ?? 0) })),
    },
    height: { step },
    encoding,
    layer: [
      { mark: { type: "bar" } },
      ...(hasErrorBars ? [errorBars] : []),
      insideLabels,
      outsideLabels,
    ],
  };
  return {
    id: options.id,
    kind: "grouped-bars",
    title: options.title,
    caption: caption(bases, context, hasErrorBars ? "Strekene viser 95 % konfidensintervall." : ""),
    altText,
    spec,
    numbers: single
      ? pivotNumbers(values, "Gruppe", {
          rowOf: (v) => v.gruppe,
          columnOf: (v) => v.kategori,
          cellOf: (v) => v.verdi,
        })
      : pivotNumbers(
          values,
          "Kategori",
          { rowOf: (v) => v.kategori, columnOf: (v) => v.gruppe, cellOf: (v) => v.verdi },
          groupLabels.filter((label) => values.some((v) => v.gruppe === label)),
        ),
  };
}

function barRow(definition: IndicatorDefinition, row: PublishableEstimate, label: string): BarRow {
  const ci = interval(row);
  return {
    kategori: label,
    gruppe: groupLabel(row.group),
    estimate: round(row.estimate),
    ciLow: ci ? round(ci[0]) : null,
    ciHigh: ci ? round(ci[1]) : null,
    verdi: formatValue(definition, row.estimate),
  };
}

function barsAltText(
  title: string,
  values: readonly BarRow[],
  categories: readonly string[],
  year: number,
): string {
  const lines = categories.map((category) => {
    const rows = values.filter((v) => v.kategori === category);
    return `${category}: ${listing(rows.map((v) => `${v.gruppe.toLowerCase()} ${v.verdi}`))}.`;
  });
  const head = `Stolpediagram: ${lowerFirst(title.replace(` (${year})`, ""))} (${year}).`;
  return values.length === 0 ? `${head} Ingen publiserbare tall.` : [head, ...lines].join(" ");
}
