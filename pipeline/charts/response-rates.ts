// Response rates: the share of invited organisations that answered (complete or partial), by
// sector and, for the municipalities, by size class, in one year — the nonresponse the
// calibrated weights correct for (SPEC §5). Bars with the rate at the end and N in the label.
import type { Group, IndicatorEstimate } from "../indicators/types.js";
import { formatNumber, formatPercent } from "../locale/nb.js";
import type { ChartDefinition } from "./types.js";
import { pivotNumbers } from "./chart-numbers.js";
import { groupLabel, SIZE_CLASS_GROUPS } from "./groups.js";
import { PERCENT_AXIS_FORMAT } from "./number-locale.js";
import { round } from "./estimates.js";
import { sourceLine, type ChartContext } from "./text.js";
import { STYLE } from "./vega-lite-config.js";

export interface ResponseRatesOptions {
  id: string;
  title: string;
  estimates: readonly IndicatorEstimate[];
  context: ChartContext;
}

/** The groups in the order drawn: the sectors, then the municipalities by size. */
export const RESPONSE_GROUPS: readonly Group[] = [
  "stat",
  "fylkeskommune",
  "kommune",
  ...SIZE_CLASS_GROUPS,
];

export interface GroupResponse {
  group: Group;
  /** Organisations in the frame. */
  N: number;
  /** (complete + partial) / N. */
  rate: number;
}

/** Each group's frame and response rate in the year, as every indicator row of it carries them. */
export function responseByGroup(
  estimates: readonly IndicatorEstimate[],
  year: number,
): GroupResponse[] {
  return RESPONSE_GROUPS.flatMap((group) => {
    const row = estimates.find((e) => e.year === year && e.group === group);
    return row && row.N > 0 ? [{ group, N: row.N, rate: row.responseRate }] : [];
  });
}

export function responseRatesChart(options: ResponseRatesOptions): ChartDefinition {
  const { context } = options;
  const groups = responseByGroup(options.estimates, context.year);
  const values = groups.map((g) => ({
    gruppe: label(g),
    svarprosent: round(g.rate),
    verdi: formatPercent(g.rate),
  }));
  const altText = [
    `Stolpediagram: svarprosent etter sektor og kommunestørrelse (${context.year}).`,
    ...groups.map((g) => `${label(g)}: ${formatPercent(g.rate)}.`),
  ].join(" ");
  const y = {
    field: "gruppe",
    type: "nominal",
    title: null,
    sort: values.map((v) => v.gruppe),
  };
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: altText,
    data: { values },
    height: { step: 18 },
    encoding: {
      y,
      x: {
        field: "svarprosent",
        type: "quantitative",
        title: null,
        scale: { domain: [0, 1], nice: false },
        axis: { format: PERCENT_AXIS_FORMAT, tickCount: 5 },
      },
    },
    layer: [
      // The theme's single-series colour: one colour, as the bars are one measure.
      { mark: { type: "bar" } },
      {
        mark: { type: "text", style: STYLE.valueLabel, align: "left", baseline: "middle", dx: 3 },
        encoding: { text: { field: "verdi" } },
      },
    ],
  };
  const frame = groups
    .filter((g) => g.group === "stat" || g.group === "fylkeskommune" || g.group === "kommune")
    .reduce((sum, g) => sum + g.N, 0);
  return {
    id: options.id,
    kind: "response-rates",
    title: options.title,
    caption: `Base: N = ${formatNumber(frame)} virksomheter i rammen (${context.year}). Svarprosent = (fullførte + delvise svar) / N. ${sourceLine(context)}`,
    altText,
    spec,
    numbers: pivotNumbers(values, "Gruppe", {
      rowOf: (v) => v.gruppe,
      columnOf: () => "Svarprosent",
      cellOf: (v) => v.verdi,
    }),
  };
}

/** "Kommuner, under 5 000 innb. (N = 174)". */
function label({ group, N }: GroupResponse): string {
  const name = SIZE_CLASS_GROUPS.includes(group as never)
    ? `Kommuner, ${groupLabel(group).toLowerCase()}`
    : groupLabel(group);
  return `${name} (N = ${formatNumber(N)})`;
}
