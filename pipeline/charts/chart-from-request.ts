// A template's chart request → a chart of its kind, built from the tidy results. Which
// indicators a chart shows is the template's choice; how each kind is drawn is the code's.
import type { IndexAnalysis } from "../indicators/composite-analysis.js";
import { askedInYear } from "../indicators/lookup.js";
import type { AnswerShare, IndicatorEstimate } from "../indicators/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { selectAsked } from "../templates/indicator-list.js";
import type { Questionnaire } from "../templates/questions.js";
import type { OrgProfile } from "../benchmark/types.js";
import { organisationPositionChart } from "./organisation-position.js";
import { organisationTrendChart } from "./organisation-trend.js";
import { changeDotsChart } from "./change-dots.js";
import { fillYears, type ChartRequest } from "./chart-request.js";
import { divergingLikertChart } from "./diverging-likert.js";
import { groupedBarsChart } from "./grouped-bars.js";
import { SIZE_CLASS_GROUPS } from "./groups.js";
import { responseRatesChart } from "./response-rates.js";
import { sensitivityRangesChart } from "./sensitivity-ranges.js";
import { smallMultiplesChart } from "./small-multiples.js";
import type { ChartContext } from "./text.js";
import { trendChart } from "./trend.js";
import type { ChartDefinition } from "./types.js";

export interface ChartData {
  /** The organisation a benchmark report is for; position and own-trend charts need it. */
  organisation?: OrgProfile | undefined;
  year: number;
  estimates: readonly IndicatorEstimate[];
  distributions: readonly AnswerShare[];
  definitions: readonly IndicatorDefinition[];
  questionnaire: Questionnaire;
  isSample: boolean;
  /** The report year's analysis of the composite index (sensitivity charts). */
  index?: IndexAnalysis | undefined;
}

/** Builds every requested chart; the requests were checked against the data when planned. */
export function chartsFromRequests(
  requests: readonly ChartRequest[],
  data: ChartData,
): ChartDefinition[] {
  const asked = askedInYear(data);
  return requests.map((request) => chartFromRequest(request, data, asked));
}

function chartFromRequest(
  request: ChartRequest,
  data: ChartData,
  asked: (indicator: string) => boolean,
): ChartDefinition {
  const context: ChartContext = { year: data.year, isSample: data.isSample };
  const { estimates } = data;
  const { id } = request;
  const title = request.title === undefined ? undefined : fillYears(request.title, data.year);
  const shown = (list: readonly string[]) => selectAsked(list, data.definitions, asked).shown;
  const labelOf = (d: IndicatorDefinition) => optionLabel(d, data.questionnaire);
  switch (request.kind) {
    case "trend":
      return trendChart({
        definition: definition(data, request.indicator),
        estimates,
        context,
        id,
        ...(title === undefined ? {} : { title }),
      });
    case "bars":
      return groupedBarsChart({
        id,
        title: title ?? id,
        definitions: shown(request.indicators),
        estimates,
        context,
        labelOf,
        ...(request.groups ? { groups: request.groups } : {}),
      });
    case "sizes": {
      const d = definition(data, request.indicator);
      return groupedBarsChart({
        id,
        title: title ?? `${d.label} etter kommunestørrelse (${data.year})`,
        definitions: [d],
        estimates,
        context,
        groups: SIZE_CLASS_GROUPS,
      });
    }
    case "likert":
      return divergingLikertChart({
        question: question(data, request.question),
        distributions: data.distributions,
        context,
        id,
        ...(title === undefined ? {} : { title }),
        ...(request.order ? { order: request.order } : {}),
        ...(request.neutral === undefined ? {} : { neutral: request.neutral }),
      });
    case "multiples":
      return smallMultiplesChart({
        id,
        title: title ?? id,
        definitions: shown(request.indicators),
        estimates,
        context,
        labelOf,
      });
    case "changes":
      return changeDotsChart({
        id,
        title: title ?? id,
        definitions: shown(request.indicators),
        estimates,
        group: request.group,
        context,
      });
    case "response":
      return responseRatesChart({
        id,
        title: title ?? `Svarprosent etter sektor og kommunestørrelse (${data.year})`,
        estimates,
        context,
      });
    case "sensitivity": {
      const d = definition(data, request.indicator);
      if (!data.index || data.index.framework.id !== d.id)
        throw new Error(`sensitivity chart of ${d.id}: the index was not analysed`);
      return sensitivityRangesChart({
        id,
        title: title ?? `${d.label}: følsomhet for vekter og aggregering (${data.year})`,
        definition: d,
        analysis: data.index,
        estimates,
        context,
      });
    }
    case "position":
      return organisationPositionChart({
        id,
        title: title ?? id,
        definitions: shown(request.indicators),
        organisation: organisationOf(data, id),
        context,
      });
    case "own-trend":
      return organisationTrendChart({
        id,
        title,
        definition: definition(data, request.indicator),
        organisation: organisationOf(data, id),
        estimates,
        context,
      });
  }
}

/** A multi-choice indicator is named by its option ("Manglende kompetanse"), others by label. */
function optionLabel(d: IndicatorDefinition, questionnaire: Questionnaire): string {
  if (!d.option) return d.label;
  const q = questionnaire.questions.find((x) => x.key === d.question);
  return q?.optionLabels.get(d.option) || d.label;
}

/** Planning keeps these kinds to benchmark.md, which is always built for an organisation. */
function organisationOf(data: ChartData, chartId: string): OrgProfile {
  if (!data.organisation)
    throw new Error(`chart "${chartId}" needs the organisation of a benchmark report`);
  return data.organisation;
}

function definition(data: ChartData, id: string): IndicatorDefinition {
  const found = data.definitions.find((d) => d.id === id);
  if (!found) throw new Error(`chart indicator ${id} was checked but is missing`);
  return found;
}

function question(data: ChartData, key: string) {
  const found = data.questionnaire.questions.find((q) => q.key === key);
  if (!found) throw new Error(`chart question ${key} was checked but is missing`);
  return found;
}
