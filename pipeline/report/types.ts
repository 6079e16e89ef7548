// What the report stage needs (SPEC §7): everything is computed upstream; this stage only lays
// it out. Pure: input → PDF bytes; the publish stage writes the file.
import type { OrgProfile } from "../benchmark/types.js";
import type { RenderedChart } from "../charts/types.js";
import type { Finding } from "../findings/types.js";
import type { IndexAnalysis } from "../indicators/composite-analysis.js";
import type { IndicatorEstimate } from "../indicators/types.js";
import type { MethodologyFacts } from "../survey/methodology-facts.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { Questionnaire } from "../templates/questions.js";

/** The facts the methodology appendix states (frame, response, rejected rows). */
export type ReportMethodology = MethodologyFacts;

export interface ReportInput {
  year: number;
  /** Cover and footer say "Eksempeldata – syntetiske svar". */
  isSample: boolean;
  /** templates/report.md: `file` is used in error locations. */
  template: { file: string; text: string };
  definitions: IndicatorDefinition[];
  /** The questions, for the definitions page (question texts and code labels). */
  questionnaire?: Questionnaire | undefined;
  /** All years, all groups. */
  estimates: IndicatorEstimate[];
  /** Rendered SVGs by id. */
  charts: RenderedChart[];
  /** Key findings written from the data, by id. */
  findings: Finding[];
  methodology: ReportMethodology;
  /** The report year's analysis of the composite index; undefined before it exists. */
  index?: IndexAnalysis | undefined;
  /** The organisation a benchmark report (benchmark.md) is for; undefined for the national report. */
  organisation?: OrgProfile | undefined;
}

export interface ReportOptions {
  /** Seconds since 1970 (reproducible builds); defaults to $SOURCE_DATE_EPOCH, else 31 Dec of the year. */
  sourceDateEpoch?: number | undefined;
}
