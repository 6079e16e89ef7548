// One benchmark report: the planned benchmark.md, its charts drawn for the organisation, laid out
// as the national report is (tagged, alt text, embedded fonts, fixed dates). Pure apart from the
// fonts; run once per organisation, in a worker of the pool or in this process.
import type { ChartRequest } from "../charts/chart-request.js";
import { chartsFromRequests } from "../charts/chart-from-request.js";
import { renderCharts } from "../charts/render.js";
import type { Theme } from "../charts/theme.js";
import type { AnswerShare, IndicatorEstimate } from "../indicators/types.js";
import { buildReportPdf } from "../report/build-report.js";
import type { ReportMethodology } from "../report/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { Questionnaire } from "../templates/questions.js";
import type { OrgProfile } from "./types.js";

/** What every benchmark report of a year shares: sent to each worker once. */
export interface BenchmarkShared {
  year: number;
  isSample: boolean;
  /** benchmark.md as planned for the year (sections the year lacks blanked). */
  template: { file: string; text: string };
  charts: readonly ChartRequest[];
  definitions: readonly IndicatorDefinition[];
  questionnaire: Questionnaire;
  estimates: readonly IndicatorEstimate[];
  distributions: readonly AnswerShare[];
  methodology: ReportMethodology;
  theme: Theme;
}

export async function benchmarkPdf(
  shared: BenchmarkShared,
  organisation: OrgProfile,
): Promise<Buffer> {
  const definitions = shared.charts.length
    ? chartsFromRequests(shared.charts, { ...shared, organisation })
    : [];
  const charts = await renderCharts(definitions, shared.theme);
  return buildReportPdf({
    year: shared.year,
    isSample: shared.isSample,
    template: shared.template,
    definitions: [...shared.definitions],
    questionnaire: shared.questionnaire,
    estimates: [...shared.estimates],
    charts,
    findings: [],
    methodology: shared.methodology,
    organisation,
  });
}
