// Own trend (benchmark reports): the organisation's answers on one indicator in every year it
// answered, followed through the 2020 crosswalk (a merged municipality sees its predecessors'
// answers, each marked with its own shape and named in the legend), over its sector's
// published estimate with the 95 % band.
import type { OrgProfile } from "../benchmark/types.js";
import type { IndicatorEstimate } from "../indicators/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { interval, publishable, round } from "./estimates.js";
import { groupLabel, SECTOR_LABELS } from "./groups.js";
import { PERCENT_AXIS_FORMAT } from "./number-locale.js";
import { ownAnswerText } from "./own-answer.js";
import { caption, formatValue, isPercent, listing, type ChartContext } from "./text.js";
import type { ChartDefinition } from "./types.js";
import { yearAxis } from "./trend.js";
import { pivotNumbers } from "./chart-numbers.js";
import { ciBandLayer, RANGE } from "./vega-lite-config.js";

export interface OwnTrendOptions {
  id: string;
  title: string | undefined;
  definition: IndicatorDefinition;
  organisation: OrgProfile;
  estimates: readonly IndicatorEstimate[];
  context: ChartContext;
}

const OWN_COLOR = "#1a1a1a";

export function organisationTrendChart(options: OwnTrendOptions): ChartDefinition {
  const { definition, organisation, context } = options;
  const sector = organisation.sektor;
  const sectorRows = publishable(
    options.estimates,
    (r) => r.indicator === definition.id && r.group === sector && r.year <= context.year,
  )
    .sort((a, b) => a.year - b.year)
    .map((r) => {
      const ci = interval(r);
      return {
        year: r.year,
        gruppe: groupLabel(sector),
        estimate: round(r.estimate),
        ciLow: ci ? round(ci[0]) : null,
        ciHigh: ci ? round(ci[1]) : null,
      };
    });
  const own = organisation.history.flatMap((h) => {
    const value = h.values[definition.id];
    return value === undefined || value === null
      ? []
      : [{ year: h.year, virksomhet: h.navn, egen: round(value) }];
  });
  const years = [...new Set([...sectorRows, ...own].map((r) => r.year))].sort((a, b) => a - b);
  const first = years[0] ?? context.year;
  const last = years[years.length - 1] ?? context.year;
  const names = [...new Set(own.map((o) => o.virksomhet))];
  const percent = isPercent(definition);
  const highest = Math.max(
    1,
    ...sectorRows.map((r) => r.ciHigh ?? r.estimate),
    ...own.map((o) => o.egen),
  );
  const floor = definition.unit === "scale-1-5" ? 1 : 0;
  const title = options.title ?? `${definition.label}: deres svar og sektoren, ${first}–${last}`;
  const altText = ownTrendAltText(options, title, own, sectorRows);
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: altText,
    encoding: {
      x: yearAxis(years, [first, last], 7),
    },
    layer: [
      {
        data: { values: sectorRows },
        encoding: {
          y: {
            field: "estimate",
            type: "quantitative",
            title: null,
            scale: { domain: [floor, percent ? 1 : Math.ceil(highest)], nice: false },
            axis: percent ? { format: PERCENT_AXIS_FORMAT, tickCount: 5 } : { tickCount: 5 },
          },
          color: {
            field: "gruppe",
            type: "nominal",
            title: null,
            scale: { domain: SECTOR_LABELS, range: RANGE.sector },
            legend: { values: [groupLabel(sector)] },
          },
        },
        layer: [
          ...(sectorRows.some((r) => r.ciLow !== null) ? [ciBandLayer()] : []),
          { mark: { type: "line" } },
        ],
      },
      {
        data: { values: own },
        mark: { type: "point", filled: true, size: 70, color: OWN_COLOR },
        encoding: {
          y: { field: "egen", type: "quantitative" },
          shape: {
            field: "virksomhet",
            type: "nominal",
            title: null,
            scale: {
              domain: names,
              range: ["diamond", "square", "triangle-up", "circle", "cross"],
            },
          },
        },
      },
    ],
  };
  const bases = publishable(
    options.estimates,
    (r) => r.indicator === definition.id && r.group === sector && r.year === context.year,
  ).map((r) => r.n);
  const note = `Linjen viser ${groupLabel(sector).toLowerCase()} med 95 % konfidensintervall, punktene deres svar${percent ? " (ja = 100 %, nei = 0 %)" : ""}.`;
  return {
    id: options.id,
    kind: "organisation-trend",
    title,
    caption: caption(bases, context, note),
    altText,
    spec,
    numbers: pivotNumbers(
      [
        ...sectorRows.map((r) => ({ year: r.year, column: r.gruppe, value: r.estimate })),
        ...own.map((o) => ({ year: o.year, column: o.virksomhet, value: o.egen })),
      ].sort((a, b) => a.year - b.year),
      "År",
      {
        rowOf: (r) => String(r.year),
        columnOf: (r) => r.column,
        cellOf: (r) => formatValue(definition, r.value),
      },
    ),
  };
}

function ownTrendAltText(
  options: OwnTrendOptions,
  title: string,
  own: ReadonlyArray<{ year: number; virksomhet: string; egen: number }>,
  sectorRows: ReadonlyArray<{ year: number; estimate: number }>,
): string {
  const { definition } = options;
  const answers = own.map(
    (o) =>
      `${o.year} ${o.virksomhet}: ${ownAnswerText(definition, { value: o.egen, nonSubstantive: false }).toLowerCase()}`,
  );
  const latest = sectorRows[sectorRows.length - 1];
  return [
    `Linjediagram: ${title}.`,
    answers.length ? `Deres svar: ${listing(answers)}.` : "Ingen egne svar.",
    latest
      ? `${groupLabel(options.organisation.sektor)} i ${latest.year}: ${formatValue(definition, latest.estimate)}.`
      : "",
  ]
    .filter(Boolean)
    .join(" ");
}
