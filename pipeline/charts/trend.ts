// Trend: one indicator by sector over every year it exists, lines and points, with a band for
// the 95 % interval wherever the statistics stage has computed one.
import type { IndicatorEstimate } from "../indicators/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { ChartDefinition } from "./types.js";
import { pivotNumbers } from "./chart-numbers.js";
import { interval, publishable, round, type PublishableEstimate } from "./estimates.js";
import { SECTOR_GROUPS, SECTOR_LABELS, groupLabel } from "./groups.js";
import { PERCENT_AXIS_FORMAT } from "./number-locale.js";
import { caption, formatValue, isPercent, listing, type ChartContext } from "./text.js";
import { ciBandLayer, RANGE } from "./vega-lite-config.js";

export interface TrendOptions {
  definition: IndicatorDefinition;
  estimates: readonly IndicatorEstimate[];
  context: ChartContext;
  id?: string;
  title?: string;
}

/** One point of a trend line (and its interval), as the spec's inline data holds it. */
export interface TrendRow {
  year: number;
  gruppe: string;
  estimate: number;
  ciLow: number | null;
  ciHigh: number | null;
  verdi: string;
}

/** An estimate as a point of a trend line, rounded, with its interval where there is one. */
export function trendRow(definition: IndicatorDefinition, row: PublishableEstimate): TrendRow {
  const ci = interval(row);
  return {
    year: row.year,
    gruppe: groupLabel(row.group),
    estimate: round(row.estimate),
    ciLow: ci ? round(ci[0]) : null,
    ciHigh: ci ? round(ci[1]) : null,
    verdi: formatValue(definition, row.estimate),
  };
}

export function trendChart({
  definition,
  estimates,
  context,
  id,
  title,
}: TrendOptions): ChartDefinition {
  const groups = new Set<string>(SECTOR_GROUPS);
  const rows = publishable(
    estimates,
    (r) => r.indicator === definition.id && groups.has(r.group) && r.year <= context.year,
  );
  const values: TrendRow[] = rows
    .map((r) => trendRow(definition, r))
    .sort(
      (a, b) =>
        a.year - b.year || SECTOR_LABELS.indexOf(a.gruppe) - SECTOR_LABELS.indexOf(b.gruppe),
    );
  const years = [...new Set(values.map((v) => v.year))];
  const first = years[0] ?? context.year;
  const last = years[years.length - 1] ?? context.year;
  const hasBand = values.some((v) => v.ciLow !== null);

  const chartTitle = title ?? `${definition.label}, ${first}–${last}`;
  const altText = trendAltText(definition, values, first, last);
  const bases = rows.filter((r) => r.year === context.year && r.group === "alle").map((r) => r.n);

  const band = ciBandLayer();
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: altText,
    data: { values },
    encoding: {
      x: yearAxis(years, [first, last], 5),
      y: yEncoding(definition, percentCeiling(values)),
      color: {
        field: "gruppe",
        type: "nominal",
        title: null,
        scale: { domain: SECTOR_LABELS, range: RANGE.sector },
      },
    },
    layer: [
      ...(hasBand ? [band] : []),
      { mark: { type: "line" } },
      { mark: { type: "point", size: 28 } },
    ],
  };
  return {
    id: id ?? `trend-${definition.id}`,
    kind: "trend",
    title: chartTitle,
    caption: caption(bases, context, hasBand ? "Skyggen viser 95 % konfidensintervall." : ""),
    altText,
    spec,
    numbers: pivotNumbers(
      values,
      "År",
      { rowOf: (v) => String(v.year), columnOf: (v) => v.gruppe, cellOf: (v) => v.verdi },
      presentSectors(values),
    ),
  };
}

/** The sector labels in their usual order, those the values have. */
export function presentSectors(values: readonly { gruppe: string }[]): string[] {
  return SECTOR_LABELS.filter((label) => values.some((v) => v.gruppe === label));
}

/**
 * The x encoding of a chart over years: every other year, counted back from the last; every
 * year of a series of at most `everyYearUpTo` years.
 */
export function yearAxis(
  years: readonly number[],
  [first, last]: [number, number],
  everyYearUpTo: number,
) {
  return {
    field: "year",
    type: "quantitative",
    title: null,
    scale: { domain: [first, last], nice: false },
    axis: {
      format: "d",
      values: years.filter((y) => years.length <= everyYearUpTo || (last - y) % 2 === 0),
      grid: false,
    },
  };
}

/** The top of a percent axis: the next 10 % above the highest value or interval end. */
export function percentCeiling(values: readonly { estimate: number; ciHigh?: number | null }[]) {
  const highest = Math.max(0, ...values.map((v) => Math.max(v.estimate, v.ciHigh ?? 0)));
  return Math.min(1, Math.ceil((highest + 0.02) * 10) / 10);
}

function yEncoding(definition: IndicatorDefinition, ceiling: number) {
  if (isPercent(definition))
    return {
      field: "estimate",
      type: "quantitative",
      title: null,
      scale: { domain: [0, ceiling], nice: false },
      axis: { format: PERCENT_AXIS_FORMAT, tickCount: 5 },
    };
  // Means are on a 1–5 scale; the composite index on 0–100.
  const [title, domain, tickCount] = definition.composite
    ? ["Indeks (0–100)", [0, 100], 5]
    : ["Gjennomsnitt (1–5)", [1, 5], 4];
  return {
    field: "estimate",
    type: "quantitative",
    title,
    scale: { domain, nice: false },
    axis: { format: ".0f", tickCount },
  };
}

function trendAltText(
  definition: IndicatorDefinition,
  values: readonly TrendRow[],
  first: number,
  last: number,
): string {
  const at = (year: number) =>
    listing(
      values.filter((v) => v.year === year).map((v) => `${v.gruppe.toLowerCase()} ${v.verdi}`),
    );
  const parts = [`Linjediagram: ${definition.label} etter sektor, ${first}–${last}.`];
  if (values.length === 0) return `${parts[0]} Ingen publiserbare tall.`;
  parts.push(`I ${last}: ${at(last)}.`);
  if (first !== last) parts.push(`I ${first}: ${at(first)}.`);
  return parts.join(" ");
}
