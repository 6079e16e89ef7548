// Change dots: the change from last year in percentage points, one dot per indicator for one
// group, with a zero line and — when the statistics stage gives a standard error — a 95 % bar.
// Filled dots are significant changes (p-value adjusted for the year's many changes,
// Benjamini–Hochberg, below 0,05); the axis speaks in "pp", never in "%".
import type { Group, IndicatorEstimate } from "../indicators/types.js";
import { formatPercentagePoints } from "../locale/nb.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { ChartDefinition } from "./types.js";
import { pivotNumbers } from "./chart-numbers.js";
import { isSignificant } from "../survey/significance.js";
import { findPublishable, round } from "./estimates.js";
import { groupLabel } from "./groups.js";
import { PP_LABEL_EXPR } from "./number-locale.js";
import { caption, lowerFirst, type ChartContext } from "./text.js";

export interface ChangeDotsOptions {
  id: string;
  title: string;
  /** Share indicators (changes of means are not in percentage points). */
  definitions: readonly IndicatorDefinition[];
  estimates: readonly IndicatorEstimate[];
  group: Group;
  context: ChartContext;
}

interface ChangeRow {
  kategori: string;
  endring: number;
  low: number | null;
  high: number | null;
  signifikant: boolean;
  verdi: string;
}

export function changeDotsChart(options: ChangeDotsOptions): ChartDefinition {
  const { definitions, estimates, group, context } = options;
  const rows = definitions
    .filter((d) => d.measure === "share")
    .flatMap((d) => {
      const row = findPublishable(estimates, d.id, group, context.year);
      return row && row.changePp !== null ? [{ d, row, change: row.changePp }] : [];
    });
  const values: ChangeRow[] = rows.map(({ d, row, change }) => ({
    kategori: d.label,
    endring: round(change, 2),
    low: row.changeSe !== null ? round(change - 1.96 * row.changeSe, 2) : null,
    high: row.changeSe !== null ? round(change + 1.96 * row.changeSe, 2) : null,
    signifikant: isSignificant(row.pAdjusted),
    verdi: formatPercentagePoints(change / 100),
  }));
  const extent = Math.max(
    5,
    ...values.map((v) =>
      Math.max(Math.abs(v.low ?? 0), Math.abs(v.high ?? 0), Math.abs(v.endring)),
    ),
  );
  const limit = Math.ceil(extent / 5) * 5;
  const hasBars = values.some((v) => v.low !== null);
  // Without p-values nothing is known about significance: one style for all dots, no legend.
  const tested = rows.some(({ row }) => row.pAdjusted !== null);
  const previous = context.year - 1;
  const altText = [
    `Punktdiagram: endring fra ${previous} til ${context.year} i prosentpoeng, ${lowerFirst(groupLabel(group))}.`,
    ...values.map((v) => `${v.kategori}: ${v.verdi}${v.signifikant ? " (signifikant)" : ""}.`),
  ].join(" ");

  const x = {
    field: "endring",
    type: "quantitative",
    title: `Endring ${previous}–${context.year} (prosentpoeng)`,
    scale: { domain: [-limit, limit], nice: false },
    axis: { labelExpr: PP_LABEL_EXPR, tickCount: 5 },
  };
  const y = {
    field: "kategori",
    type: "nominal",
    title: null,
    sort: values.map((v) => v.kategori),
  };
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: altText,
    data: { values },
    height: { step: 20 },
    layer: [
      {
        data: { values: [{}] },
        mark: { type: "rule", color: "#595959" },
        encoding: { x: { datum: 0, type: "quantitative" } },
      },
      ...(hasBars
        ? [
            {
              transform: [{ filter: "isValid(datum.low)" }],
              mark: { type: "rule", strokeWidth: 1 },
              encoding: { x: { ...x, field: "low" }, x2: { field: "high" }, y },
            },
          ]
        : []),
      {
        mark: { type: "point", size: 50, strokeWidth: 1.5 },
        encoding: {
          x,
          y,
          fill: tested
            ? {
                field: "signifikant",
                type: "nominal",
                scale: { domain: [true, false], range: ["#0072B2", "#ffffff"] },
                legend: {
                  title: null,
                  labelExpr: "datum.label === 'true' ? 'Signifikant (5 %)' : 'Ikke signifikant'",
                },
              }
            : { value: "#0072B2" },
          stroke: { value: "#0072B2" },
        },
      },
    ],
  };
  return {
    id: options.id,
    kind: "change-dots",
    title: options.title,
    caption: caption(
      rows.map(({ row }) => row.n),
      context,
      hasBars ? "Strekene viser 95 % konfidensintervall for endringen." : "",
    ),
    altText,
    spec,
    numbers: pivotNumbers(values, "Indikator", {
      rowOf: (v) => v.kategori,
      columnOf: () => `Endring ${previous}–${context.year}`,
      cellOf: (v) => `${v.verdi}${v.signifikant ? " (signifikant)" : ""}`,
    }),
  };
}
