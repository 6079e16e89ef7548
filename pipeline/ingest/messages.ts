// Every code and message of the ingest stage, in one place (SPEC §9, §10). Codes are stable:
// scripts and tests match on them. Messages say what was found and what to do about it.

/** File-level problems: thrown as ItipError, the build stops before anything is written. */
export const FileCode = {
  missing: "INPUT_FILE_MISSING",
  empty: "INPUT_FILE_EMPTY",
  headerOnly: "INPUT_HEADER_ONLY",
  nulBytes: "INPUT_NUL_BYTES",
  undecodable: "INPUT_UNDECODABLE",
  mojibake: "INPUT_MOJIBAKE",
  delimiterUnknown: "INPUT_DELIMITER_UNKNOWN",
  delimiterAmbiguous: "INPUT_DELIMITER_AMBIGUOUS",
  duplicateHeader: "INPUT_DUPLICATE_HEADER",
  quoteNotClosed: "INPUT_QUOTE_NOT_CLOSED",
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
} as const;

export type FileCode = (typeof FileCode)[keyof typeof FileCode];
export type RowCode = (typeof RowCode)[keyof typeof RowCode];
export type CellCode = (typeof CellCode)[keyof typeof CellCode];

const quote = (value: string): string => JSON.stringify(value);
const list = (values: Iterable<number | string>): string => [...values].join(", ");

export const fileMessage = {
  missing: (path: string) =>
    `The file ${path} does not exist. Put the export (dataset, structure, labels) and frame.csv in the year's input folder.`,
  empty: () => "The file is empty. Export it again from SurveyXact.",
  headerOnly: () =>
    "The file has a header row but no data rows. Export it again with all respondents.",
  nulBytes: () =>
    "The file contains NUL bytes: probably UTF-16 without a byte order mark. Save it as UTF-16LE with BOM, UTF-8 or Windows-1252.",
  undecodable: (encoding: string) =>
    `The file cannot be decoded as ${encoding}. Save it as UTF-8, UTF-16LE with BOM or Windows-1252.`,
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
  columnMissing: (name: string, what: string) =>
    `The required column ${quote(name)} is missing from the header of ${what}. Export it again with this column.`,
  questionMissing: (key: string, variable: string, year: number) =>
    `The question ${quote(key)} is held by variable ${quote(variable)} in ${year} according to templates/questions.yaml, but the dataset has no such column. Fix the variable name in templates/questions.yaml or export the question.`,
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
  decimalSeparator: (value: string, key: string, decimal: string) =>
    `The value ${quote(value)} of ${quote(key)} uses a separator this file does not declare (decimal separator ${quote(decimal)}, no thousands separator); the answer was blanked. Export again without thousands separators, with ${quote(decimal)} as decimal separator.`,
} as const;
