// Every code and message of the ingest stage, in one place (SPEC §9, §10). Codes are stable:
// scripts and tests match on them. Messages say what was found and what to do about it.

/** File-level problems: thrown as ItipError, the build stops before anything is written. */
export const FileCode = {
  missing: "INPUT_FILE_MISSING",
  tooLarge: "INPUT_FILE_TOO_LARGE",
  empty: "INPUT_FILE_EMPTY",
  headerOnly: "INPUT_HEADER_ONLY",
  nulBytes: "INPUT_NUL_BYTES",
  undecodable: "INPUT_UNDECODABLE",
  mojibake: "INPUT_MOJIBAKE",
  delimiterUnknown: "INPUT_DELIMITER_UNKNOWN",
  delimiterAmbiguous: "INPUT_DELIMITER_AMBIGUOUS",
  duplicateHeader: "INPUT_DUPLICATE_HEADER",
  quoteNotClosed: "INPUT_QUOTE_NOT_CLOSED",
  recordTooLarge: "INPUT_RECORD_TOO_LARGE",
  tooManyColumns: "INPUT_TOO_MANY_COLUMNS",
  codebookUnreadable: "INPUT_CODEBOOK_UNREADABLE",
  columnMissing: "INPUT_COLUMN_MISSING",
  questionMissing: "INPUT_QUESTION_MISSING",
  statusMissing: "INPUT_STATUS_MISSING",
} as const;

/** Row-level rejects: the whole record is left out and recorded. */
export const RowCode = {
  ragged: "ROW_RAGGED",
  malformed: "ROW_MALFORMED",
  idMissing: "ROW_ID_MISSING",
  duplicateId: "ROW_DUPLICATE_ID",
  idNotInFrame: "ROW_ID_NOT_IN_FRAME",
  orgnrMalformed: "ROW_ORGNR_MALFORMED",
  orgnrChecksum: "ROW_ORGNR_CHECKSUM",
  orgnrMismatch: "ROW_ORGNR_MISMATCH",
  statusNone: "ROW_STATUS_NONE",
  statusSeveral: "ROW_STATUS_SEVERAL",
  statusFlagInvalid: "ROW_STATUS_FLAG_INVALID",
  sectorInvalid: "ROW_SECTOR_INVALID",
  sizeClassInvalid: "ROW_SIZE_CLASS_INVALID",
  frameFieldInvalid: "ROW_FRAME_FIELD_INVALID",
  duplicateVariable: "ROW_DUPLICATE_VARIABLE",
  variableMissing: "ROW_VARIABLE_MISSING",
  choiceValueInvalid: "ROW_CHOICE_VALUE_INVALID",
  labelValueInvalid: "ROW_LABEL_VALUE_INVALID",
} as const;

/** Cell-level rejects: the value is blanked (item missing), the row is kept. */
export const CellCode = {
  codeOutOfRange: "CELL_CODE_OUT_OF_RANGE",
  labelNotCode: "CELL_LABEL_NOT_CODE",
  notACode: "CELL_NOT_A_CODE",
  multiNotBinary: "CELL_MULTI_NOT_BINARY",
  numberInvalid: "CELL_NUMBER_INVALID",
  decimalSeparator: "CELL_DECIMAL_SEPARATOR",
  dateInvalid: "CELL_DATE_INVALID",
} as const;

/** Notices: nothing is rejected, but the analyst should know (they never fail a build). */
export const NoticeCode = {
  notInStructure: "COLUMN_NOT_IN_STRUCTURE",
  unmapped: "COLUMN_UNMAPPED",
} as const;

export type FileCode = (typeof FileCode)[keyof typeof FileCode];
export type RowCode = (typeof RowCode)[keyof typeof RowCode];
export type CellCode = (typeof CellCode)[keyof typeof CellCode];
export type NoticeCode = (typeof NoticeCode)[keyof typeof NoticeCode];

/** Limits that keep a hostile or broken file from exhausting memory (SPEC §9). */
export const LIMITS = {
  /** Bytes of one input file: 100 times the largest real export we know of, and then some. */
  fileBytes: 256 * 1024 * 1024,
  /** Characters of one line, or of one record's fields. */
  recordChars: 1024 * 1024,
  /** Fields of one record: Excel's column limit. */
  columns: 16_384,
} as const;

const count = (n: number): string => n.toLocaleString("en-US");
const quote = (value: string): string => JSON.stringify(value);
const list = (values: Iterable<number | string>): string => [...values].join(", ");

/** A question of the year whose variable the dataset lacks, and what could explain it. */
export interface MissingQuestion {
  key: string;
  /** Its variable in the year (for a multi-choice question, its question name). */
  variable: string;
  multi: boolean;
  year: number;
  /** The dataset's file name. */
  file: string;
  /** `variables` has an entry for this very year (so a rename changes it, not adds one). */
  namedThisYear: boolean;
  /** The last year before `year` the question was asked, if any. */
  previousYear: number | undefined;
  lastYear: number | undefined;
  /** Its `not_asked` years so far, sorted. */
  notAsked: number[];
  /** Dataset columns (question names for multi) no question uses: maybe the new name. */
  candidates: string[];
  /** Keys of the year's other missing questions. */
  others: string[];
}

const FEW = 5;
/** `"a", "b", "c", "d", "e" and 3 others`: at most five names. */
function firstFew(names: string[]): string {
  const shown = names.slice(0, FEW).map(quote).join(", ");
  return names.length > FEW ? `${shown} and ${names.length - FEW} others` : shown;
}

/** How to declare that the question was not asked in the year: ended, or skipped that year. */
function notAskedAdvice(missing: MissingQuestion): string {
  const { year, previousYear, lastYear, notAsked } = missing;
  if (previousYear === undefined)
    return `if it was first asked after ${year}, change its first_year`;
  const ended = `"last_year: ${previousYear}" (ended)`;
  // A not_asked year lies strictly inside the span, so never on last_year itself.
  if (lastYear !== undefined && year >= lastYear)
    return `if it was not asked in ${year}, set ${ended} in the question`;
  const skipped = `"not_asked: [${[...notAsked, year].sort((a, b) => a - b).join(", ")}]"`;
  return lastYear === undefined && notAsked.length === 0
    ? `if it was not asked in ${year}, add ${ended} or ${skipped} to the question`
    : `if it was not asked in ${year}, set ${ended} or ${skipped} in the question`;
}

export const fileMessage = {
  missing: (path: string) =>
    `The file ${path} does not exist. Put the export (dataset, structure, labels) and frame.csv in the year's input folder.`,
  tooLarge: (bytes: number) =>
    `The file has ${count(bytes)} bytes, more than the ${count(LIMITS.fileBytes)} an export can have. Check that this is the SurveyXact export and not another file.`,
  empty: () => "The file is empty. Export it again from SurveyXact.",
  headerOnly: () =>
    "The file has a header row but no data rows. Export it again with all respondents.",
  nulBytes: () =>
    "The file contains NUL bytes: probably UTF-16 without a byte order mark. Save it as UTF-16LE with BOM, UTF-8 or Windows-1252.",
  undecodable: (encoding: string) =>
    `The file cannot be decoded as ${encoding}. Save it as UTF-8, UTF-16LE with BOM or Windows-1252.`,
  brokenUtf8: () =>
    "The file is UTF-8, but the bytes here are not (the file was cut, damaged or edited in another encoding). Export it again, or save it as UTF-8.",
  utf16be: () =>
    "The file is UTF-16 big-endian, which SurveyXact does not write. Save it as UTF-16LE with BOM, UTF-8 or Windows-1252.",
  mojibake: (sample: string) =>
    `The text contains ${quote(sample)} where æ, ø or å belong: the file was probably saved twice as UTF-8. Export it again from SurveyXact instead of re-saving it.`,
  delimiterUnknown: () =>
    'No delimiter (";", "," or tab) found in the header line. Check that this is a SurveyXact CSV export, or pass the delimiter explicitly.',
  delimiterAmbiguous: (candidates: string[]) =>
    `The header line has as many of ${candidates.map(quote).join(" and ")} outside quotes: cannot tell the delimiter. Add a "sep=;" first line or pass the delimiter explicitly.`,
  duplicateHeader: (name: string, firstColumn: number) =>
    `The column ${quote(name)} appears twice in the header (first in column ${firstColumn}). Rename or remove one of them.`,
  quoteNotClosed: () =>
    "A quoted field opened here is never closed, so the rest of the file would be read as one value. Close the quote or export the file again.",
  recordTooLarge: () =>
    `A record starting here is longer than ${count(LIMITS.recordChars)} characters: a quote that is never closed, lost line breaks, or not a CSV export. Check the file and export it again.`,
  tooManyColumns: (found: number) =>
    `The record has ${count(found)} fields, more than the ${count(LIMITS.columns)} a spreadsheet can hold: check the delimiter, or that this is a SurveyXact export.`,
  codebookUnreadable: (rows: number, firstCode: string) =>
    `None of the ${rows} rows could be read (the first fails with ${firstCode}): this does not look like a SurveyXact codebook file. Check that the structure and labels files are not swapped with another file, and export them again.`,
  columnMissing: (name: string, what: string) =>
    `The required column ${quote(name)} is missing from the header of ${what}. Export it again with this column.`,
  questionMissing: (missing: MissingQuestion) => {
    const { key, variable, year, file } = missing;
    const found = missing.multi
      ? `has no columns in ${file} (the columns structure.csv lists under ${quote(variable)})`
      : `is not in ${file}`;
    const rename = missing.namedThisYear
      ? `change "${year}: ${variable}" under its variables to the new name`
      : `add "${year}: <new name>" under its variables`;
    const candidates =
      missing.candidates.length === 0
        ? ""
        : ` (${missing.multi ? "question names" : "columns"} no question uses: ${firstFew(missing.candidates)})`;
    return (
      `The variable ${quote(variable)} of question ${quote(key)} (templates/questions.yaml) ${found}. ` +
      `If the question was renamed, ${rename}${candidates}; ${notAskedAdvice(missing)}; or export the question.` +
      (missing.others.length === 0
        ? ""
        : ` ${missing.others.length === 1 ? "One more question" : `${missing.others.length} more questions`} of ${year} ${missing.others.length === 1 ? "is" : "are"} missing too: ${firstFew(missing.others)}.`)
    );
  },
  statusMissing: (prefixes: string[]) =>
    `The dataset has no status columns (${prefixes.map((p) => `${p}1..5`).join(" or ")}). Export it again with the respondent status.`,
} as const;

export const rowMessage = {
  ragged: (found: number, expected: number) =>
    `The row has ${found} fields where the header has ${expected}. Check for an unquoted delimiter or line break in a free-text answer.`,
  malformed: (reason: string) =>
    `The row cannot be read as CSV (${reason}). Quote the field and double any quotes inside it.`,
  idMissing: (column: string) =>
    `The row has no organisation id in column ${quote(column)}. Fill in the id from the respondent list.`,
  duplicateId: (id: string, firstLine: number) =>
    `The id ${quote(id)} appears again (first on line ${firstLine}); the first row is kept. Remove the duplicate from the export.`,
  idNotInFrame: (id: string) =>
    `The id ${quote(id)} is not in frame.csv for this year. Add the organisation to the frame or correct the id.`,
  orgnrMalformed: (orgnr: string) =>
    `The organisation number ${quote(orgnr)} is not nine digits. Correct it from the register (Enhetsregisteret).`,
  orgnrChecksum: (orgnr: string) =>
    `The organisation number ${quote(orgnr)} fails the mod-11 check digit. Correct it from the register (Enhetsregisteret).`,
  orgnrMismatch: (orgnr: string, id: string, frameOrgnr: string) =>
    `The organisation number ${quote(orgnr)} does not match ${quote(frameOrgnr)} given for id ${quote(id)} in frame.csv. Correct the export or the frame.`,
  statusNone: () =>
    "None of the status columns is 1: the respondent's status is unknown. Export it again with the status.",
  statusSeveral: (statuses: string[]) =>
    `Several status columns are 1 (${statuses.join(", ")}): a respondent has exactly one status. Correct the export.`,
  statusFlagInvalid: (column: string, value: string) =>
    `The status column ${quote(column)} holds ${quote(value)}; status flags are 0, 1 or blank. Correct the export.`,
  sectorInvalid: (value: string) =>
    `The sector ${quote(value)} is not one of stat, kommune, fylkeskommune. Correct frame.csv.`,
  sizeClassInvalid: (value: string) =>
    `The size class ${quote(value)} is not one of kommune-<5k, kommune-5-20k, kommune-20-50k, kommune->50k (or blank). Correct frame.csv.`,
  frameFieldInvalid: (column: string, value: string, expected: string) =>
    `The ${column} ${quote(value)} is not ${expected}. Correct frame.csv.`,
  duplicateVariable: (variable: string, firstLine: number) =>
    `The variable ${quote(variable)} is described again (first on line ${firstLine}); the first description is kept. Export the structure again.`,
  variableMissing: () => "The row has no variable name. Export the structure (or labels) again.",
  choiceValueInvalid: (value: string) =>
    `The choice value ${quote(value)} is not a whole number. Export the structure again.`,
  labelValueInvalid: (value: string) =>
    `The value ${quote(value)} of this label is not a whole number. Export the labels again.`,
} as const;

export const cellMessage = {
  codeOutOfRange: (code: number, key: string, codes: Iterable<number>) =>
    `The code ${code} is not a category of ${quote(key)} (valid: ${list(codes)}); the answer was blanked. Correct the export or add the code to templates/questions.yaml.`,
  labelNotCode: (value: string, key: string, code: number) =>
    `Found the label ${quote(value)} where a code belongs in ${quote(key)} (the code is ${code}); the answer was blanked. Export codes, not labels.`,
  notACode: (value: string, key: string) =>
    `The value ${quote(value)} is not a code of ${quote(key)}; the answer was blanked. Export codes, not labels.`,
  multiNotBinary: (value: string, column: string) =>
    `The multi-choice cell ${quote(column)} holds ${quote(value)}; it must be 0, 1 or blank. The answer was blanked; correct the export.`,
  numberInvalid: (value: string, key: string) =>
    `The value ${quote(value)} of ${quote(key)} is not a number; the answer was blanked. Correct the export.`,
  dateInvalid: (value: string, column: string) =>
    `The value ${quote(value)} of the date variable ${quote(column)} is not a date (dd.mm.yyyy, dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd, optionally with hh:mm[:ss]); the answer was blanked. Correct the export.`,
  decimalSeparator: (value: string, key: string, decimal: string) =>
    `The value ${quote(value)} of ${quote(key)} uses a separator this file does not declare (decimal separator ${quote(decimal)}, no thousands separator); the answer was blanked. Export again without thousands separators, with ${quote(decimal)} as decimal separator.`,
} as const;

export const noticeMessage = {
  notInStructure: (column: string) =>
    `The column ${quote(column)} is not described in structure.csv and no question in templates/questions.yaml uses it; it is left out (unmapped). Export the structure again if it should be there.`,
  unmapped: (column: string, year: number) =>
    `The column ${quote(column)} is not used by any question of ${year} in templates/questions.yaml; it is left out (unmapped). Add it to templates/questions.yaml if it should be reported.`,
} as const;
