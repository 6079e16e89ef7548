// Position (benchmark reports): for each indicator, the organisation's own answer as a black
// diamond against the estimates of its peer groups (its sector, a municipality's size class),
// bars with their 95 % intervals, and for means the middle half of the peers' answers where the
// privacy rules let the quartiles through. Only aggregates of peers reach the spec.
import type { OrgProfile, PeerPosition } from "../benchmark/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { formatNumber, formatPercent } from "../locale/nb.js";
import { pivotNumbers } from "./chart-numbers.js";
import { round } from "./estimates.js";
import { groupLabel, SECTOR_GROUPS } from "./groups.js";
import { PERCENT_AXIS_FORMAT } from "./number-locale.js";
import { ownAnswerText } from "./own-answer.js";
import { caption, formatValue, isPercent, listing, lowerFirst, type ChartContext } from "./text.js";
import type { ChartDefinition } from "./types.js";
import { RANGE } from "./vega-lite-config.js";

export interface PositionOptions {
  id: string;
  title: string;
  /** Indicators of one measure and unit, in the order drawn. */
  definitions: readonly IndicatorDefinition[];
  organisation: OrgProfile;
  context: ChartContext;
}

/** The organisation's mark: the text colour of the theme, apart from every group colour. */
const OWN_COLOR = "#1a1a1a";

export function organisationPositionChart(options: PositionOptions): ChartDefinition {
  const { definitions, organisation, context } = options;
  // The sector keeps its colour of every other chart; the size class takes the slot of "alle".
  const domain = SECTOR_GROUPS.map((g) => (g === "alle" ? sizeLabel(organisation) : groupLabel(g)));
  const rows = definitions.flatMap((d): PositionRow[] => {
    const answer = organisation.answers.find((a) => a.indicator === d.id);
    if (!answer) throw new Error(`indicator ${d.id} is not in the profile of ${organisation.id}`);
    const category = `${d.label} (dere: ${ownAnswerText(d, answer).toLowerCase()})`;
    const groups = answer.positions
      .filter((p) => p.estimate !== undefined)
      .map((p) => groupRow(d, category, p));
    const own = answer.value === null ? [] : [{ kategori: category, egen: round(answer.value) }];
    return [...groups, ...own];
  });
  const percent = definitions.every(isPercent);
  const highest = Math.max(...rows.map((r) => Math.max(r.egen ?? 0, r.ciHigh ?? 0, r.q3 ?? 0)));
  const xScale = percent
    ? { domain: [0, 1], nice: false }
    : { domain: [meanFloor(definitions), Math.ceil(highest)], nice: false };
  const categories = [...new Set(rows.map((r) => r.kategori))];
  const altText = positionAltText(options, rows);
  const x = (field: string) => ({ field, type: "quantitative" });
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: altText,
    data: { values: rows },
    height: categories.length * 34,
    encoding: {
      y: { field: "kategori", type: "nominal", title: null, sort: categories },
      x: {
        ...x("estimate"),
        title: null,
        scale: xScale,
        axis: percent ? { format: PERCENT_AXIS_FORMAT, tickCount: 5 } : { tickCount: 5 },
      },
    },
    layer: [
      {
        transform: [{ filter: "isValid(datum.estimate)" }],
        mark: { type: "bar", height: { band: 0.4 } },
        encoding: {
          yOffset: { field: "gruppe", sort: domain },
          color: {
            field: "gruppe",
            type: "nominal",
            title: null,
            scale: { domain, range: RANGE.sector },
            // Only the groups drawn, each in the colour its sector has in every chart.
            legend: { values: domain.filter((g) => rows.some((r) => r.gruppe === g)) },
          },
        },
      },
      {
        transform: [{ filter: "isValid(datum.ciLow) && isValid(datum.ciHigh)" }],
        mark: { type: "rule", color: OWN_COLOR, strokeWidth: 0.8 },
        encoding: {
          yOffset: { field: "gruppe", sort: domain },
          x: x("ciLow"),
          x2: { field: "ciHigh" },
        },
      },
      {
        transform: [{ filter: "isValid(datum.q1) && isValid(datum.q3)" }],
        mark: { type: "rule", color: OWN_COLOR, strokeWidth: 3, opacity: 0.35 },
        encoding: { yOffset: { field: "gruppe", sort: domain }, x: x("q1"), x2: { field: "q3" } },
      },
      {
        transform: [{ filter: "isValid(datum.egen)" }],
        mark: { type: "point", shape: "diamond", filled: true, size: 90, color: OWN_COLOR },
        encoding: { x: x("egen") },
      },
    ],
  };
  const bases = rows.flatMap((r) => (r.n === undefined ? [] : [r.n]));
  const notes = [
    "Romben viser deres svar",
    percent ? "(ja = 100 %, nei = 0 %)." : ".",
    "Strekene viser 95 % konfidensintervall",
    percent ? "." : "; det grå feltet de midterste 50 % av de andres svar.",
  ];
  return {
    id: options.id,
    kind: "organisation-position",
    title: options.title,
    caption: caption(bases, context, notes.join(" ").replace(/ \./g, ".")),
    altText,
    spec,
    numbers: pivotNumbers(rows, "Indikator", {
      rowOf: (r) => r.kategori,
      columnOf: (r) => (r.egen === undefined ? r.gruppe! : "Deres svar"),
      cellOf: (r) => {
        const value = (r.egen ?? r.estimate)!;
        return percent ? formatPercent(value) : formatNumber(value, 1);
      },
    }),
  };
}

interface PositionRow {
  kategori: string;
  gruppe?: string;
  estimate?: number;
  ciLow?: number | null;
  ciHigh?: number | null;
  q1?: number | null;
  q3?: number | null;
  n?: number;
  verdi?: string;
  egen?: number;
}

function groupRow(d: IndicatorDefinition, category: string, p: PeerPosition): PositionRow {
  const e = p.estimate!;
  const { q1, q3 } = p.quartiles;
  return {
    kategori: category,
    gruppe: groupLabel(p.group),
    estimate: round(e.estimate),
    ciLow: e.ciLow === null ? null : round(e.ciLow),
    ciHigh: e.ciHigh === null ? null : round(e.ciHigh),
    q1: q1 === undefined || q3 === undefined ? null : round(q1),
    q3: q1 === undefined || q3 === undefined ? null : round(q3),
    n: e.n,
    verdi: formatValue(d, e.estimate),
  };
}

function sizeLabel(organisation: OrgProfile): string {
  return organisation.sizeClass ? groupLabel(organisation.sizeClass) : groupLabel("alle");
}

/** A scale of 1–5 starts at 1; other means at 0. */
function meanFloor(definitions: readonly IndicatorDefinition[]): number {
  return definitions.every((d) => d.unit === "scale-1-5") ? 1 : 0;
}

function positionAltText(options: PositionOptions, rows: readonly PositionRow[]): string {
  const head = `Punktdiagram: ${lowerFirst(options.title)}. Deres svar er markert med en rombe.`;
  const lines = [...new Set(rows.map((r) => r.kategori))].map((category) => {
    const groups = rows.filter((r) => r.kategori === category && r.gruppe !== undefined);
    const estimates = groups.map((r) => `${r.gruppe!.toLowerCase()} ${r.verdi ?? ""}`);
    return estimates.length
      ? `${category}: ${listing(estimates)}.`
      : `${category}: ingen sammenligningstall.`;
  });
  return [head, ...lines].join(" ");
}
