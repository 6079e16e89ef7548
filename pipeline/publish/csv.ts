// CSV as SPEC §4 wants it: UTF-8, comma, "." decimals at full precision (so R can reproduce
// estimates to 1e-9), blank for null, and text cells that could start a spreadsheet formula
// (=, +, -, @, tab, CR) escaped with a leading apostrophe. Numbers are never escaped.
import { stringify } from "csv-stringify/sync";

export type CsvCell = string | number | boolean | null | undefined;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header, ...rows] as CsvCell[][], {
    escape_formulas: true,
    record_delimiter: "\n",
    cast: { boolean: (value) => (value ? "true" : "false") },
  });
}
