// The templates and fixtures chart tests build from, read once.
import { readFileSync } from "node:fs";
import { parseIndicatorDefinitions } from "../../templates/indicator-definitions.js";
import type { IndicatorDefinition } from "../../templates/indicator-definitions.js";
import { parseQuestionnaire } from "../../templates/questions.js";
import { parseTheme } from "../../charts/theme.js";
import type { ChartContext } from "../../charts/text.js";
import type { ReportChartsInput } from "../../charts/report-charts.js";
import { fixtureDistributions, fixtureEstimates } from "./fixtures.js";

const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

export const questionnaire = parseQuestionnaire(read("templates/questions.yaml"));
export const definitions = parseIndicatorDefinitions(read("templates/indicators.yaml"), questionnaire);
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

/** What `chartsForReport` takes, built from the fixtures: the report's chart catalogue input. */
export function reportChartsInput(year = 2020): ReportChartsInput {
  return {
    year,
    estimates: fixtureEstimates(),
    distributions: fixtureDistributions(),
    definitions,
    questionnaire,
    isSample: true,
  };
}
