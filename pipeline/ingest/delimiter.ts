// The delimiter of a CSV text, read from its header line: the candidate (`;`, `,`, tab) that
// occurs most often outside quotes. A `sep=;` first line (Excel's convention) is honoured.
// csv-parse's own auto-detection is not used: it scores the whole text and is easily fooled by
// free text full of commas.
import { ItipError } from "../errors.js";
import type { Delimiter } from "./types.js";
import { FileCode, fileMessage } from "./messages.js";

export const DELIMITERS: readonly Delimiter[] = [";", ",", "\t"];

export interface DetectedDelimiter {
  delimiter: Delimiter;
  /** The text opened with a `sep=` line, which is not part of the table. */
  sepLine: boolean;
  /** Characters to skip before the table starts (the `sep=` line). */
  tableStart: number;
}

const SEP_LINE = /^sep=(.)(?:\r\n|\r|\n)/i;

function isDelimiter(char: string | undefined): char is Delimiter {
  return char === ";" || char === "," || char === "\t";
}

/** Counts each candidate in the first record, ignoring everything between quotes. */
export function countDelimiters(text: string): Record<Delimiter, number> {
  const counts: Record<Delimiter, number> = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && isDelimiter(char)) counts[char] += 1;
  }
  return counts;
}

export function detectDelimiter(
  text: string,
  file: string,
  override?: Delimiter,
): DetectedDelimiter {
  const sep = SEP_LINE.exec(text);
  const tableStart = sep ? sep[0].length : 0;
  if (override) return { delimiter: override, sepLine: sep !== null, tableStart };
  if (sep) {
    const declared = sep[1];
    if (isDelimiter(declared)) return { delimiter: declared, sepLine: true, tableStart };
    throw new ItipError(FileCode.delimiterUnknown, fileMessage.delimiterUnknown(), {
      location: { file, line: 1, column: 5 },
    });
  }
  const counts = countDelimiters(text);
  const ranked = DELIMITERS.filter((d) => counts[d] > 0).sort((a, b) => counts[b] - counts[a]);
  const [first, second] = ranked;
  if (first === undefined)
    throw new ItipError(FileCode.delimiterUnknown, fileMessage.delimiterUnknown(), {
      location: { file, line: 1 },
    });
  if (second !== undefined && counts[second] === counts[first])
    throw new ItipError(
      FileCode.delimiterAmbiguous,
      fileMessage.delimiterAmbiguous(ranked.filter((d) => counts[d] === counts[first])),
      { location: { file, line: 1 } },
    );
  return { delimiter: first, sepLine: false, tableStart: 0 };
}
