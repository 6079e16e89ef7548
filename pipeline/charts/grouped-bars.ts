// Grouped bars: several indicators by sector in one year (horizontal, so Norwegian labels have
// room), with the value at the end of each bar and error bars where intervals exist. Also the
// single-series variant: one indicator across groups, e.g. municipality size classes.
import type { Group, IndicatorEstimate } from "../indicators/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { ChartDefinition } from "./types.js";
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
  const encoding: Record<string, unknown> = {
    y: { field: category, type: "nominal", title: null, sort: categoryDomain },
    x: {
      field: "estimate",
      type: "quantitative",
      title: null,
      scale: { domain: [0, percentCeiling(values)], nice: false },
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
  else if (!single)
    encoding.color = { field: "gruppe", type: "nominal", title: null, sort: groupLabels };
  const hasErrorBars = values.some((v) => v.ciLow !== null);
  const errorBars = {
    transform: [{ filter: "isValid(datum.ciLow) && isValid(datum.ciHigh)" }],
    mark: { type: "rule", color: "#1a1a1a", strokeWidth: 0.8 },
    encoding: { x: { field: "ciLow", type: "quantitative" }, x2: { field: "ciHigh" }, color: null },
  };
  const valueLabels = {
    mark: { type: "text", style: STYLE.valueLabel, align: "left", baseline: "middle", dx: 3 },
    encoding: {
      text: { field: "verdi" },
      x: { field: hasErrorBars ? "labelAt" : "estimate", type: "quantitative" },
      color: null,
    },
  };
  const barCount = single ? groups.length : categories.length * groups.length;
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: altText,
    data: {
      values: values.map((v) => ({ ...v, labelAt: Math.max(v.estimate, v.ciHigh ?? 0) })),
    },
    height: { step: single ? 18 : 13 * (barCount > 20 ? 0.9 : 1) },
    encoding,
    layer: [{ mark: { type: "bar" } }, ...(hasErrorBars ? [errorBars] : []), valueLabels],
  };
  return {
    id: options.id,
    kind: "grouped-bars",
    title: options.title,
    caption: caption(bases, context, hasErrorBars ? "Strekene viser 95 % konfidensintervall." : ""),
    altText,
    spec,
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
