// Small multiples: one small trend panel per indicator, sharing one year axis, one percent axis
// and the sector colours, so that related indicators (the benefits, the data-sharing trio) can
// be compared at a glance. Each panel has a 95 % band wherever the statistics stage has
// computed intervals, like the full-size trend.
import type { IndicatorEstimate } from "../indicators/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { ChartDefinition } from "./types.js";
import { publishable } from "./estimates.js";
import { SECTOR_GROUPS, SECTOR_LABELS } from "./groups.js";
import { PERCENT_AXIS_FORMAT } from "./number-locale.js";
import { caption, listing, lowerFirst, type ChartContext } from "./text.js";
import { pivotNumbers } from "./chart-numbers.js";
import { percentCeiling, presentSectors, trendRow, type TrendRow } from "./trend.js";
import { ciBandLayer, RANGE } from "./vega-lite-config.js";

export interface SmallMultiplesOptions {
  id: string;
  title: string;
  /** Share indicators, one panel each, in this order. */
  definitions: readonly IndicatorDefinition[];
  estimates: readonly IndicatorEstimate[];
  context: ChartContext;
  /** The panel's heading; the indicator's label by default. */
  labelOf?: (definition: IndicatorDefinition) => string;
  /** Panels per row (2 by default). */
  columns?: number;
}

interface PanelRow extends TrendRow {
  panel: string;
}

/** Panel size in points: two panels and their axes fit the report's text width. */
const PANEL = { width: 180, height: 105 } as const;

export function smallMultiplesChart(options: SmallMultiplesOptions): ChartDefinition {
  const { definitions, estimates, context } = options;
  const shares = definitions.filter((d) => d.measure === "share");
  const labelOf = options.labelOf ?? ((d: IndicatorDefinition) => d.label);
  const groups = new Set<string>(SECTOR_GROUPS);
  const panels = shares.map(labelOf);
  const values: PanelRow[] = shares.flatMap((d) =>
    publishable(
      estimates,
      (r) => r.indicator === d.id && groups.has(r.group) && r.year <= context.year,
    ).map((r) => ({ panel: labelOf(d), ...trendRow(d, r) })),
  );
  values.sort(
    (a, b) =>
      panels.indexOf(a.panel) - panels.indexOf(b.panel) ||
      a.year - b.year ||
      SECTOR_LABELS.indexOf(a.gruppe) - SECTOR_LABELS.indexOf(b.gruppe),
  );
  const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
  const first = years[0] ?? context.year;
  const last = years[years.length - 1] ?? context.year;
  const hasBand = values.some((v) => v.ciLow !== null);
  const step = last - first > 8 ? 4 : 2;
  const altText = smallMultiplesAltText(options.title, values, panels, first, last);
  const bases = shares.flatMap((d) =>
    publishable(
      estimates,
      (r) => r.indicator === d.id && r.group === "alle" && r.year === context.year,
    ).map((r) => r.n),
  );

  const encoding = {
    x: {
      field: "year",
      type: "quantitative",
      title: null,
      scale: { domain: [first, last], nice: false },
      axis: { format: "d", values: years.filter((y) => (last - y) % step === 0), grid: false },
    },
    y: {
      field: "estimate",
      type: "quantitative",
      title: null,
      scale: { domain: [0, percentCeiling(values)], nice: false },
      axis: { format: PERCENT_AXIS_FORMAT, tickCount: 4 },
    },
    color: {
      field: "gruppe",
      type: "nominal",
      title: null,
      scale: { domain: SECTOR_LABELS, range: RANGE.sector },
    },
  };
  const band = ciBandLayer();
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: altText,
    data: { values },
    facet: {
      field: "panel",
      type: "nominal",
      title: null,
      sort: panels,
      header: { labelAnchor: "start", labelFontWeight: "bold", labelPadding: 4 },
    },
    columns: options.columns ?? 2,
    spacing: { row: 14, column: 18 },
    spec: {
      width: PANEL.width,
      height: PANEL.height,
      encoding,
      layer: [
        ...(hasBand ? [band] : []),
        { mark: { type: "line", strokeWidth: 1.5 } },
        { mark: { type: "point", size: 12 } },
      ],
    },
  };
  return {
    id: options.id,
    kind: "small-multiples",
    title: options.title,
    caption: caption(bases, context, hasBand ? "Skyggen viser 95 % konfidensintervall." : ""),
    altText,
    spec,
    numbers: pivotNumbers(
      values,
      "Indikator, år",
      {
        rowOf: (v) => `${v.panel}, ${v.year}`,
        columnOf: (v) => v.gruppe,
        cellOf: (v) => v.verdi,
      },
      presentSectors(values),
    ),
  };
}

function smallMultiplesAltText(
  title: string,
  values: readonly PanelRow[],
  panels: readonly string[],
  first: number,
  last: number,
): string {
  const head = `Små linjediagrammer, ett per indikator: ${lowerFirst(title)}, etter sektor, ${first}–${last}.`;
  if (values.length === 0) return `${head} Ingen publiserbare tall.`;
  const lines = panels.map((panel) => {
    const at = (year: number) =>
      values
        .filter((v) => v.panel === panel && v.year === year)
        .map((v) => `${v.gruppe.toLowerCase()} ${v.verdi}`);
    const now = at(last);
    const alle = values.find((v) => v.panel === panel && v.year === first && v.gruppe === "Alle");
    const since = alle && first !== last ? ` (alle ${alle.verdi} i ${first})` : "";
    return `${panel} i ${last}: ${listing(now)}${since}.`;
  });
  return [head, ...lines].join(" ");
}
