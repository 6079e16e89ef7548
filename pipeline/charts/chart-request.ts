// What a template asks of the charts stage: a chart of a kind (SPEC §6), the indicators or the
// question it shows and its wording. The kinds and how each is drawn stay in code; which chart
// shows what is written in templates/report.md, where the chart appears:
//
//   {{ chart trend indicator="avanserte-tjenester" }}
//   {{ chart bars indicators="barriere-*" title="Barrierer etter sektor ({year})" }}
//   {{ chart sizes indicator="avanserte-tjenester" }}
//   {{ chart likert question="kompetanse" }}
//   {{ chart multiples indicators="gevinst-*" title="Realiserte gevinster over tid" }}
//   {{ chart changes indicators="avanserte-tjenester, strategi" title="Endring fra {previous-year} til {year}" }}
//   {{ chart response }}   (response rates by sector and size class; {{ methodology }} draws one too)
//   {{ chart sensitivity indicator="digital-modenhet" }}   (a composite index's score and rank intervals)
//   benchmark.md only, the organisation marked against its peer groups:
//   {{ chart position indicators="avanserte-tjenester, strategi" title="Deres svar og sektoren ({year})" }}
//   {{ chart own-trend indicator="markedssamarbeid" }}
import type { Group } from "../indicators/types.js";

export const CHART_KINDS = [
  "trend",
  "bars",
  "sizes",
  "likert",
  "multiples",
  "changes",
  "response",
  "sensitivity",
  "position",
  "own-trend",
] as const;

/** Chart kinds that mark the organisation of a benchmark report: benchmark.md only. */
export const ORGANISATION_CHART_KINDS: readonly ChartRequestKind[] = ["position", "own-trend"];
export type ChartRequestKind = (typeof CHART_KINDS)[number];

interface RequestBase {
  /** File-safe id: charts/<id>.svg. */
  id: string;
  /** The figure's title; `{year}` and `{previous-year}` stand for the report year and the one before. */
  title: string | undefined;
}

/**
 * An indicator list as written: ids, `prefix-*` patterns (those of the prefix asked in the year)
 * and `id?` (shown when asked in the year). Plain ids are required.
 */
export type IndicatorList = readonly string[];

export type ChartRequest = RequestBase &
  (
    | { kind: "trend"; indicator: string }
    | { kind: "bars"; indicators: IndicatorList; groups: readonly Group[] | undefined }
    | { kind: "sizes"; indicator: string }
    | {
        kind: "likert";
        question: string;
        order: readonly number[] | undefined;
        neutral: number | undefined;
      }
    | { kind: "multiples"; indicators: IndicatorList }
    | { kind: "changes"; indicators: IndicatorList; group: Group }
    | { kind: "response" }
    | { kind: "sensitivity"; indicator: string }
    | { kind: "position"; indicators: IndicatorList }
    | { kind: "own-trend"; indicator: string }
  );

/** The chart id a request gets when the template names none. */
export function defaultChartId(kind: ChartRequestKind, subject: string): string {
  const slug = subject.replace(/[*?]/g, "").replaceAll("_", "-").replace(/-+$/, "");
  const prefix: Record<ChartRequestKind, string> = {
    trend: "trend",
    bars: "sektor",
    sizes: "kommunestorrelse",
    likert: "likert",
    multiples: "utvikling",
    changes: "endring",
    response: "svarprosent",
    sensitivity: "sensitivitet",
    position: "plassering",
    "own-trend": "egen-utvikling",
  };
  return slug === "" ? prefix[kind] : `${prefix[kind]}-${slug}`;
}

/** "{year}" and "{previous-year}" in a title, filled in for the report year. */
export function fillYears(text: string, year: number): string {
  return text.replaceAll("{year}", String(year)).replaceAll("{previous-year}", String(year - 1));
}
