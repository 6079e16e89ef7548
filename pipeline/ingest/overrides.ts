// `--delimiter` and `--encoding` (SPEC §3.1, §8): when detection gets a file wrong, the analyst
// names the dialect. Parsed once here, for every command that ingests.
import { ExitCode, ItipError } from "../errors.js";
import type { IngestOverrides } from "./ingest.js";
import type { Delimiter, Encoding } from "./types.js";

const DELIMITER_NAMES: Record<string, Delimiter> = {
  ";": ";",
  semicolon: ";",
  ",": ",",
  comma: ",",
  "\t": "\t",
  "\\t": "\t",
  tab: "\t",
};

const ENCODING_NAMES: Record<string, Encoding> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-16le": "utf-16le",
  utf16le: "utf-16le",
  "utf-16": "utf-16le",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
  win1252: "windows-1252",
  ansi: "windows-1252",
};

function usage(message: string): ItipError {
  return new ItipError("USAGE", `${message} Run \`itip --help\` for usage.`, {
    exitCode: ExitCode.usage,
  });
}

export function parseOverrides(values: { delimiter?: string; encoding?: string }): IngestOverrides {
  const overrides: IngestOverrides = {};
  if (values.delimiter !== undefined) {
    const delimiter = DELIMITER_NAMES[values.delimiter.toLowerCase()];
    if (!delimiter)
      throw usage(
        `--delimiter must be ";", "," or tab (also: semicolon, comma), not ${JSON.stringify(values.delimiter)}.`,
      );
    overrides.delimiter = delimiter;
  }
  if (values.encoding !== undefined) {
    const name = values.encoding.toLowerCase();
    const encoding = ENCODING_NAMES[name];
    if (!encoding)
      throw usage(
        name === "latin1" || name === "iso-8859-1"
          ? "--encoding latin1 would lose €, – and the quotes of Windows; use --encoding windows-1252."
          : `--encoding must be utf-8, utf-16le or windows-1252, not ${JSON.stringify(values.encoding)}.`,
      );
    overrides.encoding = encoding;
  }
  return overrides;
}
