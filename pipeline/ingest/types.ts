// What the ingest stage hands to the rest of the pipeline: one year's frame, the accepted
// respondents with their answers harmonised to stable question keys, and an account of every
// file read and every row or cell rejected.
import type { ResponseStatus } from "../templates/questions.js";

export type Sector = "stat" | "kommune" | "fylkeskommune";
export const SECTORS: readonly Sector[] = ["stat", "kommune", "fylkeskommune"];

export type SizeClass = "kommune-<5k" | "kommune-5-20k" | "kommune-20-50k" | "kommune->50k";
export const SIZE_CLASSES: readonly SizeClass[] = [
  "kommune-<5k",
  "kommune-5-20k",
  "kommune-20-50k",
  "kommune->50k",
];

/** One row of input/<year>/frame.csv: an organisation invited that year. */
export interface FrameOrganisation {
  id: string;
  /** Nine digits, or null where the reference data has none (organisations created in 2020). */
  orgnr: string | null;
  navn: string;
  sektor: Sector;
  fylke: string;
  kommunenummer: string | null;
  befolkning: number | null;
  sizeClass: SizeClass | null;
  /** The organisation followed across years, linked through the 2020 crosswalk. */
  panelId: string;
}

export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "windows-1252";
export type Delimiter = ";" | "," | "\t";

export interface Dialect {
  encoding: Encoding;
  delimiter: Delimiter;
  /** Line breaks of the header line: CRLF, LF, or a lone CR (old Mac spreadsheets). */
  lineEnding: "crlf" | "lf" | "cr";
  /** Decimal separator of Open/Double answers: "," in the `;` and tab dialects, "." with `,`. */
  decimal: "," | ".";
  /** The file opened with a `sep=;` line. */
  sepLine: boolean;
}

/** One harmonised respondent. Only complete and partial responses are kept. */
export interface Respondent {
  year: number;
  /** Line in dataset.csv where the record starts (1-based, header = line 1). */
  line: number;
  id: string;
  orgnr: string | null;
  status: ResponseStatus;
  /**
   * Answers by harmonised column: question key, or `key.option` for multi-choice (0/1).
   * Codes of single questions, numbers of Open/Double questions; null = blank (item missing).
   */
  values: Record<string, number | null>;
  /** Free-text answers by question key; null = blank. */
  texts: Record<string, string | null>;
}

/** The status of one accepted dataset row: every invited organisation the export lists. */
export interface Disposition {
  id: string;
  /** Line in dataset.csv where the record starts. */
  line: number;
  status: ResponseStatus;
}

/** A rejected row (the whole record) or cell (the value was blanked, the row kept). */
export interface Reject {
  file: string;
  line: number;
  column: number | null;
  code: string;
  message: string;
  /** The raw row or cell as read. */
  raw: string;
}

/** Something the analyst should know that rejects nothing: an unmapped dataset column. */
export interface Notice {
  file: string;
  line: number;
  column: number | null;
  code: string;
  message: string;
}

export interface FileReport {
  /** Path relative to the input folder, with forward slashes: `2020/dataset.csv`. */
  file: string;
  sha256: string;
  dialect: Dialect;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
}

export interface IngestedYear {
  year: number;
  frame: FrameOrganisation[];
  /** Complete and partial respondents, after rejects. */
  respondents: Respondent[];
  rejects: Reject[];
  files: FileReport[];
  /** Dataset columns that are in neither the questionnaire nor the background variables. */
  unmapped: string[];
  /** One notice per unmapped column, saying whether structure.csv describes it. */
  notices: Notice[];
  /**
   * Status of every accepted dataset row, respondents and non-respondents alike: where each
   * row of the export went, beyond the respondents kept for estimation.
   */
  dispositions: Disposition[];
  /** Accepted dataset rows per status. */
  statusCounts: Record<ResponseStatus, number>;
}
