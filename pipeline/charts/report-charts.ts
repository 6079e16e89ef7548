// The charts of the national report. templates/report.md refers to them by id:
//
//   Tjenester            trend-avanserte-tjenester       line, avanserte-tjenester by sector
//                        sektor-tjenester                bars, avanserte- + sammenhengende-tjenester
//                        kommunestorrelse-avanserte-tjenester  bars, by municipality size class
//   Interne prosesser    trend-interne-prosesser-digitalisert, trend-manuelle-operasjoner,
//                        likert-manuelle-operasjoner
//   Kompetanse           trend-kompetanse-tilstrekkelig, likert-kompetanse,
//                        sektor-barrierer                bars, barriere-* by sector
//   Markedet             trend-markedssamarbeid          line, mean 1–5 (not a percent axis)
//                        likert-markedssamarbeid
//   Datadeling           sektor-datadeling               bars, datadeling-sjelden, gjenbruk-data,
//                                                        fellesloesninger
//                        utvikling-datadeling            small multiples, the same three over time
//   Gevinster            sektor-gevinster                bars, gevinst-*
//                        utvikling-gevinster             small multiples, gevinst-* over time
//   Pandemien            sektor-korona                   bars, korona-raskere by sector
//                        likert-korona-tempo
//   Endring              endring-alle                    dots, change from last year, all orgs
//
// A chart whose question is not yet asked in the report year (korona before 2020) is left out,
// so templates for older years must not refer to it.
import { ItipError, ExitCode } from "../errors.js";
import type { AnswerShare, IndicatorEstimate } from "../indicators/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { Question, Questionnaire } from "../templates/questions.js";
import { changeDotsChart } from "./change-dots.js";
import { divergingLikertChart, type LikertOptions } from "./diverging-likert.js";
import { groupedBarsChart } from "./grouped-bars.js";
import { SIZE_CLASS_GROUPS } from "./groups.js";
import { smallMultiplesChart } from "./small-multiples.js";
import type { ChartContext } from "./text.js";
import { trendChart } from "./trend.js";
import type { ChartDefinition } from "./types.js";

export interface ReportChartsInput {
  year: number;
  estimates: IndicatorEstimate[];
  distributions: AnswerShare[];
  definitions: IndicatorDefinition[];
  questionnaire: Questionnaire;
  isSample: boolean;
}

/** Indicators compared in the change chart: the report's headline shares. */
const CHANGE_INDICATORS = [
  "avanserte-tjenester",
  "sammenhengende-tjenester",
  "interne-prosesser-digitalisert",
  "manuelle-operasjoner",
  "kompetanse-tilstrekkelig",
  "markedssamarbeid-stor-grad",
  "datadeling-sjelden",
  "gjenbruk-data",
  "fellesloesninger",
];

export function chartsForReport(input: ReportChartsInput): ChartDefinition[] {
  const { year, estimates, distributions, questionnaire } = input;
  const context: ChartContext = { year, isSample: input.isSample };
  const asked = (d: IndicatorDefinition) => d.firstYear <= year;
  const indicator = (id: string) => lookup(input.definitions, id);
  const indicators = (ids: readonly string[]) => ids.map(indicator).filter(asked);
  const byPrefix = (prefix: string) =>
    input.definitions.filter((d) => d.id.startsWith(prefix)).filter(asked);
  const question = (key: string) => {
    const found = questionnaire.questions.find((q) => q.key === key);
    if (!found) throw missing(`question "${key}"`, "templates/questions.yaml");
    return found;
  };
  const optionLabel = (d: IndicatorDefinition) =>
    (d.option && question(d.question).optionLabels.get(d.option)) || d.label;

  const trend = (id: string) => {
    const definition = indicator(id);
    return asked(definition) ? [trendChart({ definition, estimates, context })] : [];
  };
  const bars = (id: string, title: string, definitions: IndicatorDefinition[], labelled = false) =>
    definitions.length === 0
      ? []
      : [
          groupedBarsChart({
            id,
            title: `${title} (${year})`,
            definitions,
            estimates,
            context,
            ...(labelled ? { labelOf: optionLabel } : {}),
          }),
        ];
  const multiples = (
    id: string,
    title: string,
    definitions: IndicatorDefinition[],
    labelled = false,
  ) =>
    definitions.length === 0
      ? []
      : [
          smallMultiplesChart({
            id,
            title,
            definitions,
            estimates,
            context,
            ...(labelled ? { labelOf: optionLabel } : {}),
          }),
        ];
  const likert = (key: string, options: Partial<LikertOptions> = {}) => {
    const q: Question = question(key);
    return q.firstYear <= year
      ? [divergingLikertChart({ question: q, distributions, context, ...options })]
      : [];
  };

  return [
    ...trend("avanserte-tjenester"),
    ...bars(
      "sektor-tjenester",
      "Avanserte og sammenhengende tjenester etter sektor",
      indicators(["avanserte-tjenester", "sammenhengende-tjenester"]),
    ),
    ...(asked(indicator("avanserte-tjenester"))
      ? [
          groupedBarsChart({
            id: "kommunestorrelse-avanserte-tjenester",
            title: `Avanserte innbyggertjenester etter kommunestørrelse (${year})`,
            definitions: [indicator("avanserte-tjenester")],
            estimates,
            context,
            groups: SIZE_CLASS_GROUPS,
          }),
        ]
      : []),
    ...trend("interne-prosesser-digitalisert"),
    ...trend("manuelle-operasjoner"),
    ...likert("manuelle_operasjoner"),
    ...trend("kompetanse-tilstrekkelig"),
    ...likert("kompetanse"),
    ...bars(
      "sektor-barrierer",
      "Barrierer for digitalisering etter sektor",
      byPrefix("barriere-"),
      true,
    ),
    ...trend("markedssamarbeid"),
    ...likert("markedssamarbeid"),
    ...bars(
      "sektor-datadeling",
      "Datadeling, gjenbruk og fellesløsninger etter sektor",
      indicators(["datadeling-sjelden", "gjenbruk-data", "fellesloesninger"]),
    ),
    ...multiples(
      "utvikling-datadeling",
      "Datadeling, gjenbruk og fellesløsninger over tid",
      indicators(["datadeling-sjelden", "gjenbruk-data", "fellesloesninger"]),
    ),
    ...bars("sektor-gevinster", "Realiserte gevinster etter sektor", byPrefix("gevinst-"), true),
    ...multiples(
      "utvikling-gevinster",
      "Realiserte gevinster over tid",
      byPrefix("gevinst-"),
      true,
    ),
    ...bars(
      "sektor-korona",
      "Digitaliseringen gikk raskere under pandemien",
      indicators(["korona-raskere"]),
    ),
    // Codes run from "mye raskere" (1) to "tregere" (4): read from slowest to fastest.
    ...likert("korona_tempo", { order: [4, 3, 2, 1], neutral: 3 }),
    ...(year > Math.min(...input.definitions.map((d) => d.firstYear))
      ? [
          changeDotsChart({
            id: "endring-alle",
            title: `Endring fra ${year - 1} til ${year}, alle virksomheter`,
            definitions: indicators(CHANGE_INDICATORS),
            estimates,
            group: "alle",
            context,
          }),
        ]
      : []),
  ];
}

function lookup(definitions: readonly IndicatorDefinition[], id: string): IndicatorDefinition {
  const found = definitions.find((d) => d.id === id);
  if (!found) throw missing(`indicator "${id}"`, "templates/indicators.yaml");
  return found;
}

function missing(what: string, file: string): ItipError {
  return new ItipError(
    "TEMPLATE_CHART_INDICATOR_MISSING",
    `the report's charts need ${what}; add it to ${file}.`,
    { exitCode: ExitCode.template, location: { file } },
  );
}
