// CSV as SPEC §4 wants it: UTF-8, comma, "." decimals at full precision (so R can reproduce
// estimates to 1e-9), blank for null, and text cells that could start a spreadsheet formula
// (=, +, -, @, tab, CR) escaped with a leading apostrophe. Numbers are never escaped.
//
// Written by hand rather than with csv-stringify: microdata.csv has ~300k cells, and
// csv-stringify's per-cell option handling took ~110 ms of the build for them. The output is
// byte for byte what csv-stringify writes with escape_formulas (csv.test.ts compares the two),
// except that a cell holding a lone CR is quoted.

export type CsvCell = string | number | boolean | null | undefined;

/** First characters csv-stringify's escape_formulas escapes, fullwidth forms included. */
const FORMULA_START = new Set([
  "=",
  "+",
  "-",
  "@",
  "\t",
  "\r",
  "\uFF1D",
  "\uFF0B",
  "\uFF0D",
  "\uFF20",
]);

/**
 * A cell is quoted when it holds the delimiter, a quote or a line break. Unlike csv-stringify
 * (which stops quoting a lone CR once record_delimiter is set), a CR is quoted too: many readers
 * take it for the end of a record.
 */
const NEEDS_QUOTES = /[",\r\n]/;

function textCell(text: string): string {
  if (text === "") return "";
  const escaped = FORMULA_START.has(text[0]!) ? `'${text}` : text;
  return NEEDS_QUOTES.test(text) ? `"${escaped.replaceAll('"', '""')}"` : escaped;
}

function csvCell(cell: CsvCell): string {
  if (typeof cell === "string") return textCell(cell);
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "true" : "false";
  return "";
}

/** Joined rather than added up cell by cell: one flat string, not a chain of a string per cell. */
function csvRecord(cells: readonly CsvCell[]): string {
  const texts = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) texts[i] = csvCell(cells[i]);
  return texts.join(",");
}

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const records = [csvRecord(header)];
  for (const row of rows) records.push(csvRecord(row));
  return `${records.join("\n")}\n`;
}
