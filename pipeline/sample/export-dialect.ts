// The SurveyXact export dialect of each sample year (SPEC §3.4) and the bytes of a table in it.
import iconv from "iconv-lite";
import { csvLine } from "./csv-field.js";

export interface ExportDialect {
  encoding: "windows-1252" | "utf-8-bom" | "utf-16le";
  delimiter: ";" | "," | "\t";
  lineEnding: "\n" | "\r\n";
  /** Decimal separator of Open/Double answers. */
  decimal: "," | ".";
  /** The comma export ends every structure.csv row but the header with an extra delimiter. */
  phantomTrailingDelimiter: boolean;
}

export function exportDialectOf(year: number): ExportDialect {
  if (year <= 2017)
    return {
      encoding: "windows-1252",
      delimiter: ";",
      lineEnding: "\n",
      decimal: ",",
      phantomTrailingDelimiter: false,
    };
  if (year <= 2019)
    return {
      encoding: "utf-8-bom",
      delimiter: ",",
      lineEnding: "\n",
      decimal: ".",
      phantomTrailingDelimiter: true,
    };
  return {
    encoding: "utf-16le",
    delimiter: "\t",
    lineEnding: "\r\n",
    decimal: ",",
    phantomTrailingDelimiter: false,
  };
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

export function encodeText(text: string, dialect: ExportDialect): Buffer {
  switch (dialect.encoding) {
    case "windows-1252":
      return iconv.encode(text, "windows-1252");
    case "utf-8-bom":
      return Buffer.concat([UTF8_BOM, Buffer.from(text, "utf8")]);
    case "utf-16le":
      return Buffer.concat([UTF16LE_BOM, iconv.encode(text, "utf-16le")]);
  }
}

/** One record as text; line breaks inside fields follow the file's line ending. */
export function recordText(fields: readonly string[], dialect: ExportDialect): string {
  const withLineEndings =
    dialect.lineEnding === "\n" ? fields : fields.map((f) => f.replaceAll("\n", "\r\n"));
  return csvLine(withLineEndings, dialect.delimiter);
}

export interface TableOptions {
  header: boolean;
  /** Add the comma dialect's phantom trailing delimiter to the data rows (structure.csv). */
  phantomTrailingDelimiter?: boolean;
}

export function encodeTable(
  rows: readonly (readonly string[])[],
  dialect: ExportDialect,
  options: TableOptions,
): Buffer {
  const trailing =
    options.phantomTrailingDelimiter && dialect.phantomTrailingDelimiter ? dialect.delimiter : "";
  const text = rows
    .map((row, i) => {
      const isHeader = options.header && i === 0;
      return `${recordText(row, dialect)}${isHeader ? "" : trailing}${dialect.lineEnding}`;
    })
    .join("");
  return encodeText(text, dialect);
}
