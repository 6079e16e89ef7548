// Mutations of a real export, the kind that happen between SurveyXact and our input folder: a
// file cut short, bytes damaged, the delimiter swapped, quotes lost, a header pasted twice, the
// file re-saved in another encoding. Each takes the bytes of one file and a seeded random source
// and returns new bytes; pure and deterministic.
import iconv from "iconv-lite";
import type { Random } from "../../seeded-random.js";
import type { Encoding } from "../types.js";

export interface TextFile {
  text: string;
  encoding: Encoding;
}

export interface Mutation {
  name: string;
  /**
   * True when the mutated file must read exactly like the original (a dialect change); such a
   * case fails the fuzz run if the result differs.
   */
  preserves: boolean;
  /** Lines added in front of the table (a `sep=` line), for comparing line numbers. */
  lineShift?: number;
  /** Records added (+1) or removed (−1) for certain: rows read must change by this much. */
  rowDelta?: number;
  bytes: Uint8Array;
}

const DELIMITERS = [";", ",", "\t"] as const;
const ENCODINGS: readonly Encoding[] = ["utf-8", "utf-8-bom", "utf-16le", "windows-1252"];

export function encodeText(text: string, encoding: Encoding | "utf-16le-nobom"): Uint8Array {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.from(`\uFEFF${text}`, "utf8");
    case "utf-16le":
      return Buffer.from(`\uFEFF${text}`, "utf16le");
    case "utf-16le-nobom":
      return Buffer.from(text, "utf16le");
    case "windows-1252":
      return iconv.encode(text, "windows-1252");
  }
}

const pick = <T>(random: Random, items: readonly T[]): T => items[random.int(items.length)]!;

function lines(text: string): string[] {
  return text.split("\n");
}

function delimiterOf(text: string): string {
  const header = text.slice(0, Math.max(0, text.indexOf("\n")));
  return [...DELIMITERS].sort((a, b) => header.split(b).length - header.split(a).length)[0]!;
}

function truncate(bytes: Uint8Array, random: Random): Mutation {
  return { name: "truncate", preserves: false, bytes: bytes.subarray(0, random.int(bytes.length)) };
}

function flipBytes(bytes: Uint8Array, random: Random): Mutation {
  const copy = Uint8Array.from(bytes);
  const flips = 1 + random.int(8);
  for (let i = 0; i < flips && copy.length > 0; i++) {
    const at = random.int(copy.length);
    copy[at] = (copy[at] ?? 0) ^ (1 + random.int(255));
  }
  return { name: "byte-flip", preserves: false, bytes: copy };
}

function swapDelimiter(file: TextFile, random: Random): Mutation {
  const from = delimiterOf(file.text);
  const to = pick(
    random,
    DELIMITERS.filter((d) => d !== from),
  );
  // Everywhere, or only in a few rows (a spreadsheet's "find and replace" on a selection).
  const all = random.chance(0.5);
  const text = all
    ? file.text.replaceAll(from, to)
    : lines(file.text)
        .map((line) => (random.chance(0.1) ? line.replaceAll(from, to) : line))
        .join("\n");
  return {
    name: all ? "swap-delimiter" : "swap-delimiter-rows",
    preserves: false,
    bytes: encodeText(text, file.encoding),
  };
}

function removeQuotes(file: TextFile, random: Random): Mutation {
  const all = random.chance(0.3);
  let text = "";
  for (const char of file.text) text += char === '"' && (all || random.chance(0.3)) ? "" : char;
  return { name: "remove-quotes", preserves: false, bytes: encodeText(text, file.encoding) };
}

function duplicateHeader(file: TextFile, random: Random): Mutation {
  const all = lines(file.text);
  const [header = ""] = all;
  if (random.chance(0.5))
    return {
      name: "duplicate-header-line",
      preserves: false,
      bytes: encodeText([header, ...all].join("\n"), file.encoding),
    };
  const delimiter = delimiterOf(file.text);
  const names = header.split(delimiter);
  const from = random.int(names.length);
  names[random.int(names.length)] = names[from] ?? "";
  return {
    name: "duplicate-header-name",
    preserves: false,
    bytes: encodeText([names.join(delimiter), ...all.slice(1)].join("\n"), file.encoding),
  };
}

function reencode(file: TextFile, random: Random): Mutation {
  const encoding = pick(random, [...ENCODINGS, "utf-16le-nobom"] as const);
  const bytes = encodeText(file.text, encoding);
  // Windows-1252 cannot hold every character; where it cannot, the text changes.
  const lossless =
    encoding !== "windows-1252" || iconv.decode(Buffer.from(bytes), "windows-1252") === file.text;
  return {
    name: `encoding-${encoding}`,
    preserves: encoding !== "utf-16le-nobom" && lossless,
    bytes,
  };
}

function lineEndings(file: TextFile, random: Random): Mutation {
  const unix = file.text.replaceAll("\r\n", "\n");
  const ending = pick(random, ["\n", "\r\n", "\r"] as const);
  return {
    name: `line-ending-${JSON.stringify(ending).slice(1, -1)}`,
    preserves: true,
    bytes: encodeText(unix.replaceAll("\n", ending), file.encoding),
  };
}

function sepLine(file: TextFile): Mutation {
  const eol = file.text.includes("\r\n") ? "\r\n" : "\n";
  const sep = `sep=${delimiterOf(file.text)}${eol}`;
  return {
    name: "sep-line",
    preserves: true,
    lineShift: 1,
    bytes: encodeText(sep + file.text, file.encoding),
  };
}

function blankTail(file: TextFile, random: Random): Mutation {
  const delimiter = delimiterOf(file.text);
  const width = lines(file.text)[0]?.split(delimiter).length ?? 1;
  const tail = Array.from({ length: 1 + random.int(3) }, () =>
    random.chance(0.5) ? "" : delimiter.repeat(width - 1),
  );
  const body = file.text.endsWith("\n") ? file.text : `${file.text}\n`;
  return {
    name: "blank-tail",
    preserves: true,
    bytes: encodeText(`${body}${tail.join("\n")}\n`, file.encoding),
  };
}

function isWholeRecord(all: string[], at: number): boolean {
  const line = all[at] ?? "";
  if (line.includes('"') || /^[;,\t\s]*$/.test(line)) return false;
  let quotes = 0;
  for (let i = 0; i < at; i++) quotes += (all[i] ?? "").split('"').length - 1;
  return quotes % 2 === 0;
}

function editLines(file: TextFile, random: Random): Mutation {
  const all = lines(file.text);
  const at = 1 + random.int(Math.max(1, all.length - 1));
  const kind = pick(random, ["duplicate", "delete", "garbage", "cut"] as const);
  const line = all[at] ?? "";
  const garbage = () =>
    Array.from({ length: 1 + random.int(40) }, () =>
      String.fromCharCode(random.chance(0.8) ? 32 + random.int(95) : random.int(0x2000)),
    ).join("");
  // A line that starts outside quotes and holds none is one whole record: duplicating or
  // deleting it changes the rows read by exactly one.
  const whole = isWholeRecord(all, at);
  if (kind === "duplicate") all.splice(at, 0, line);
  else if (kind === "delete") all.splice(at, 1);
  else if (kind === "garbage") all.splice(at, 0, garbage());
  else all[at] = line.slice(0, random.int(line.length + 1));
  const delta = { duplicate: 1, delete: -1, garbage: undefined, cut: undefined }[kind];
  return {
    name: `line-${kind}`,
    preserves: false,
    ...(whole && delta !== undefined ? { rowDelta: delta } : {}),
    bytes: encodeText(all.join("\n"), file.encoding),
  };
}

const BYTE_MUTATIONS = { truncate, flipBytes } as const;
const TEXT_MUTATIONS = {
  swapDelimiter,
  removeQuotes,
  duplicateHeader,
  reencode,
  lineEndings,
  sepLine,
  blankTail,
  editLines,
} as const;
/** How often each mutation is drawn: damage more often than dialect changes. */
const WEIGHTS: Record<keyof typeof BYTE_MUTATIONS | keyof typeof TEXT_MUTATIONS, number> = {
  truncate: 2,
  flipBytes: 3,
  swapDelimiter: 2,
  removeQuotes: 2,
  duplicateHeader: 2,
  editLines: 3,
  reencode: 1,
  lineEndings: 1,
  sepLine: 1,
  blankTail: 1,
};
const KINDS = Object.entries(WEIGHTS).flatMap(([kind, weight]) => Array<string>(weight).fill(kind));

/** One random mutation of a file; `decode` gives its text (the original is always readable). */
export function mutate(bytes: Uint8Array, decoded: TextFile, random: Random): Mutation {
  const kind = pick(random, KINDS);
  if (kind === "truncate" || kind === "flipBytes") return BYTE_MUTATIONS[kind](bytes, random);
  return TEXT_MUTATIONS[kind as keyof typeof TEXT_MUTATIONS](decoded, random);
}
