// The templates and fixtures chart tests build from, read once.
import { readFileSync } from "node:fs";
import { parseIndicatorDefinitions } from "../../templates/indicator-definitions.js";
import type { IndicatorDefinition } from "../../templates/indicator-definitions.js";
import { parseQuestionnaire } from "../../templates/questions.js";
import {
  compositeDefinitions,
  parseCompositeFramework,
} from "../../templates/composite-framework.js";
import { parseTheme } from "../../charts/theme.js";
import type { ChartContext } from "../../charts/text.js";
import { chartsFromRequests, type ChartData } from "../../charts/chart-from-request.js";
import type { ChartDefinition } from "../../charts/types.js";
import { availability } from "../../report/template/availability.js";
import { planReport } from "../../report/template/plan.js";
import { fixtureDistributions, fixtureEstimates } from "./fixtures.js";

const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

export const questionnaire = parseQuestionnaire(read("templates/questions.yaml"));
const single = parseIndicatorDefinitions(read("templates/indicators.yaml"), questionnaire);
/** templates/index.yaml: the composite index of the report. */
export const framework = parseCompositeFramework(read("templates/index.yaml"), single);
/** indicators.yaml's indicators, then the index and its dimensions (as loadTemplates gives). */
export const definitions = [...single, ...compositeDefinitions(framework)];
export const themeText = read("templates/theme.json");
export const theme = parseTheme(themeText);
export const context: ChartContext = { year: 2020, isSample: true };

export function definition(id: string): IndicatorDefinition {
  const found = definitions.find((d) => d.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

export function question(key: string) {
  const found = questionnaire.questions.find((q) => q.key === key);
  if (!found) throw new Error(`no question ${key}`);
  return found;
}

/** What the charts stage takes, built from the fixtures (2020). */
export function chartData(overrides: Partial<ChartData> = {}): ChartData {
  return {
    year: 2020,
    estimates: fixtureEstimates(),
    distributions: fixtureDistributions(),
    definitions,
    questionnaire,
    isSample: true,
    ...overrides,
  };
}

/** The charts templates/report.md declares for 2020, built from the fixtures. */
export function reportCharts(overrides: Partial<ChartData> = {}): ChartDefinition[] {
  const data = chartData(overrides);
  const plan = planReport(
    { file: "templates/report.md", text: read("templates/report.md") },
    { definitions: data.definitions, questions: questionnaire.questions },
    availability({
      year: data.year,
      years: [...new Set(data.estimates.map((e) => e.year))],
      estimates: data.estimates,
      distributions: data.distributions,
      unavailableFindings: new Map(),
    }),
  );
  return chartsFromRequests(
    plan.charts.map((c) => c.request),
    data,
  );
}
