// Sensitivity ranges: how much a composite index's result for each group depends on the choices
// behind it. One row per group: a bar from the lowest to the highest index over every scenario
// of the sensitivity analysis (other weights, an indicator left out, geometric aggregation), a
// dot at the index with the defaults, and at the end the interval of the group's rank (among
// the sectors, or among the size classes). Coloured by sector; size classes as municipalities.
import type { IndexAnalysis } from "../indicators/composite-analysis.js";
import type { IndicatorEstimate } from "../indicators/types.js";
import { formatNumber, formatRankRange } from "../locale/nb.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { NO_VALUE } from "./chart-numbers.js";
import { round } from "./estimates.js";
import { SECTOR_LABELS, groupLabel } from "./groups.js";
import { caption, lowerFirst, type ChartContext } from "./text.js";
import type { ChartDefinition } from "./types.js";
import { RANGE, STYLE } from "./vega-lite-config.js";

export interface SensitivityRangesOptions {
  id: string;
  title: string;
  definition: IndicatorDefinition;
  analysis: IndexAnalysis;
  estimates: readonly IndicatorEstimate[];
  context: ChartContext;
}

interface RangeRow {
  gruppe: string;
  /** The sector whose colour the row takes. */
  sektor: string;
  score: number;
  low: number;
  high: number;
  /** The interval of the weights alone: random weights and leaving out one indicator. */
  weightsLow: number;
  weightsHigh: number;
  rang: string;
}

export function sensitivityRangesChart(options: SensitivityRangesOptions): ChartDefinition {
  const { analysis, definition, context } = options;
  const { sensitivity } = analysis;
  const values: RangeRow[] = sensitivity.groups.map((g) => ({
    gruppe: groupLabel(g.group),
    sektor: groupLabel(g.group.startsWith("kommune-") ? "kommune" : g.group),
    score: round(g.score, 2),
    low: round(g.scoreLow, 2),
    high: round(g.scoreHigh, 2),
    weightsLow: round(Math.min(g.byKind["random-weights"].low, g.byKind["leave-out"].low), 2),
    weightsHigh: round(Math.max(g.byKind["random-weights"].high, g.byKind["leave-out"].high), 2),
    rang: rankText(g.rankLow, g.rankHigh),
  }));
  const altText = [
    `Intervalldiagram: ${lowerFirst(definition.label)} etter gruppe i ${context.year}, med laveste og høyeste verdi over ${formatNumber(sensitivity.scenarios)} beregninger med andre vekter, uten én indikator om gangen og med geometrisk aggregering.`,
    ...sensitivity.groups.map(
      (g) =>
        `${groupLabel(g.group)}: ${formatNumber(g.score, 1)} (${formatNumber(g.scoreLow, 1)}–${formatNumber(g.scoreHigh, 1)})${g.rankLow === undefined ? "" : `, ${rankText(g.rankLow, g.rankHigh)}`}.`,
    ),
  ].join(" ");
  const y = { field: "gruppe", type: "nominal", title: null, sort: values.map((v) => v.gruppe) };
  const x = {
    field: "score",
    type: "quantitative",
    title: "Indeks (0–100)",
    scale: { domain: [0, 100], nice: false },
    axis: { format: ".0f", tickCount: 5 },
  };
  const color = {
    field: "sektor",
    type: "nominal",
    scale: { domain: SECTOR_LABELS, range: RANGE.sector },
    legend: null,
  };
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: altText,
    data: { values },
    height: { step: 22 },
    encoding: { y },
    layer: [
      {
        mark: { type: "rule", strokeWidth: 1.5, opacity: 0.7 },
        encoding: { x: { ...x, field: "low" }, x2: { field: "high" }, color },
      },
      {
        mark: { type: "rule", strokeWidth: 7, strokeCap: "round", opacity: 0.4 },
        encoding: { x: { ...x, field: "weightsLow" }, x2: { field: "weightsHigh" }, color },
      },
      { mark: { type: "point", size: 55, filled: true }, encoding: { x, color } },
      {
        mark: { type: "text", align: "left", dx: 8, style: STYLE.valueLabel },
        encoding: { x: { field: "high", type: "quantitative" }, text: { field: "rang" } },
      },
    ],
  };
  const bases = options.estimates
    .filter((e) => e.indicator === definition.id && e.year === context.year && e.group === "alle")
    .map((e) => e.n);
  return {
    id: options.id,
    kind: "sensitivity-ranges",
    title: options.title,
    caption: caption(
      bases,
      context,
      `Punktet er indeksen med standardvalgene. Den tykke streken viser spennet med andre vekter og uten én indikator om gangen, den tynne spennet over alle ${formatNumber(sensitivity.scenarios)} beregningene, også med geometrisk aggregering. Rangeringen (over alle beregningene) er blant sektorene og blant kommunestørrelsene.`,
    ),
    altText,
    spec,
    numbers: {
      columns: ["Gruppe", "Indeks", "Spenn, vekter", "Spenn, alle beregninger", "Rangering"],
      rows: values.map((v) => [
        v.gruppe,
        formatNumber(v.score, 1),
        `${formatNumber(v.weightsLow, 1)}–${formatNumber(v.weightsHigh, 1)}`,
        `${formatNumber(v.low, 1)}–${formatNumber(v.high, 1)}`,
        v.rang || NO_VALUE,
      ]),
    },
  };
}

/** "rang 2" or "rang 1–3"; empty for a group that is not ranked. */
function rankText(low: number | undefined, high: number | undefined): string {
  if (low === undefined || high === undefined) return "";
  return `rang ${formatRankRange(low, high)}`;
}
