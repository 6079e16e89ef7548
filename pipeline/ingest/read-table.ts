// Decoded text → records of raw strings with the line each record starts on. csv-parse runs as
// a stream with relax_column_count, so a ragged or badly quoted row becomes a reject instead of
// stopping the read. Values stay strings here: casting is the caller's job (in our own loop,
// never csv-parse's `cast`, which is ten times slower).
import { Readable } from "node:stream";
import { parse, type CsvError } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { ItipError } from "../errors.js";
import type { Delimiter, Reject } from "./types.js";
import { FileCode, LIMITS, RowCode, fileMessage, rowMessage } from "./messages.js";

export interface RawRow {
  /** 1-based line of the file where the record starts. */
  line: number;
  cells: string[];
}

export interface RecordsRead {
  records: RawRow[];
  /** Records csv-parse could not read (stray quotes). */
  rejects: Reject[];
}

export interface ReadOptions {
  file: string;
  delimiter: Delimiter;
  /** Lines before the text (a `sep=` line that was cut off). */
  lineOffset?: number;
}

/** A table with a header row. */
export interface Table {
  file: string;
  header: string[];
  headerLine: number;
  /** Data rows with exactly as many cells as the header. */
  rows: RawRow[];
  /** Data rows that could not be read or had the wrong number of fields. */
  rejects: Reject[];
  /** Data rows read: rows.length + rejects.length. */
  rowsRead: number;
}

const CHUNK = 64 * 1024;

function* chunks(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += CHUNK) yield text.slice(i, i + CHUNK);
}

function countNewlines(cells: string[]): number {
  let n = 0;
  for (const cell of cells)
    for (let i = cell.indexOf("\n"); i !== -1; i = cell.indexOf("\n", i + 1)) n++;
  return n;
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

export function joinRaw(cells: string[], delimiter: Delimiter): string {
  return cells
    .map((c) => (/["\n\r;,\t]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c))
    .join(delimiter);
}

/** A record csv-parse skipped, with how many records came before it. */
interface Skipped {
  recordsBefore: number;
  /** The record's first error; a record can have several (two stray quotes). */
  error: CsvError;
  /** csv-parse's line count at the record's last error. */
  lastLine: unknown;
  /** Every error of the record was a quote inside an unquoted field. */
  quoteInsideOnly: boolean;
  /** The record ran to the end of the text inside quotes. */
  quoteNotClosed: boolean;
}

const QUOTE_INSIDE = "INVALID_OPENING_QUOTE";

/**
 * A record whose only fault is a quote inside an unquoted field (`si "hei" da`) is read with
 * the quote as text, as Excel and csv-spectrum read it; nothing is guessed, the quote is kept.
 * A quote that opens a field and is followed by more text after it closes stays a reject.
 */
function readQuoteInside(raw: string, delimiter: Delimiter): string[] | undefined {
  const records = parseSync(raw, { delimiter, relax_quotes: true, relax_column_count: true });
  return records.length === 1 ? records[0] : undefined;
}

/**
 * The fields csv-parse has collected for the record it is reading. A new array starts every
 * record, so two errors of one record see the same array: they are one skipped record, not two.
 * (Internal state of csv-parse 7, pinned; without it every error counts as a record.)
 */
function recordInProgress(parser: unknown): unknown {
  const state = (parser as { state?: { record?: unknown } }).state;
  return state?.record ?? {};
}

const numberOr = (value: unknown, fallback: number): number =>
  typeof value === "number" ? value : fallback;

/** An empty line comes out of csv-parse as a record of one empty field. */
const isEmptyLine = (cells: string[]): boolean => cells.length === 1 && cells[0] === "";

/** One line-break convention: CRLF and a lone CR (old Mac spreadsheets) become LF. */
export function normaliseLineBreaks(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/**
 * Refuses a line longer than the limit before csv-parse sees it: a line of millions of
 * delimiters holds no field content, so csv-parse's max_record_size would not stop it, and it
 * would build an array of millions of fields.
 */
export function refuseLongLines(text: string, file: string, lineOffset = 0): void {
  let line = 1 + lineOffset;
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const length = (end === -1 ? text.length : end) - start;
    if (length > LIMITS.recordChars)
      throw new ItipError(FileCode.recordTooLarge, fileMessage.recordTooLarge(), {
        location: { file, line },
      });
    if (end === -1) return;
    start = end + 1;
    line += 1;
  }
}

/** Why csv-parse was stopped early: a record too large or too wide to hold. */
interface Stopped {
  recordsBefore: number;
  error: (line: number) => ItipError;
}

/**
 * Reads every record with the line it starts on. Lines are counted here, not with csv-parse's
 * `info` option: that option copies its state twice per record and doubles the parse time.
 * Each record spans one line plus the line breaks inside its quoted fields; empty lines come
 * through (skip_empty_lines is off) so they can be counted. After a record csv-parse had to
 * skip, counting resumes at the line after the one where the error was found.
 */
export async function readRecords(text: string, options: ReadOptions): Promise<RecordsRead> {
  const { file, delimiter } = options;
  const lineOffset = options.lineOffset ?? 0;
  // One line-break convention; CRLF inside quoted free text becomes LF as well.
  const source = normaliseLineBreaks(text);
  refuseLongLines(source, file, lineOffset);
  const parser = parse({
    delimiter,
    relax_column_count: true,
    skip_records_with_error: true,
    max_record_size: LIMITS.recordChars,
  });
  const parsed: string[][] = [];
  const skipped: Skipped[] = [];
  let stopped: Stopped | undefined;
  let lastSkippedRecord: unknown;
  const stop = (error: Stopped["error"]) => {
    stopped ??= { recordsBefore: parsed.length, error };
    parser.destroy();
  };
  parser.on("skip", (error: CsvError) => {
    if (error.code === "CSV_MAX_RECORD_SIZE")
      stop(
        (line) =>
          new ItipError(FileCode.recordTooLarge, fileMessage.recordTooLarge(), {
            location: { file, line },
          }),
      );
    else if (stopped) return;
    else if (recordInProgress(parser) === lastSkippedRecord) {
      const last = skipped[skipped.length - 1];
      if (last) {
        last.lastLine = error.lines;
        last.quoteInsideOnly &&= error.code === QUOTE_INSIDE;
        last.quoteNotClosed ||= error.code === "CSV_QUOTE_NOT_CLOSED";
      }
    } else {
      lastSkippedRecord = recordInProgress(parser);
      skipped.push({
        recordsBefore: numberOr(error.records, parsed.length),
        error,
        lastLine: error.lines,
        quoteInsideOnly: error.code === QUOTE_INSIDE,
        quoteNotClosed: error.code === "CSV_QUOTE_NOT_CLOSED",
      });
    }
  });
  parser.on("data", (record: string[]) => {
    if (record.length <= LIMITS.columns) parsed.push(record);
    else
      stop(
        (line) =>
          new ItipError(FileCode.tooManyColumns, fileMessage.tooManyColumns(record.length), {
            location: { file, line },
          }),
      );
  });
  const finished = new Promise<void>((resolve, reject) => {
    parser.on("end", resolve);
    parser.on("close", resolve);
    parser.on("error", reject);
  });
  Readable.from(chunks(source)).pipe(parser);
  await finished;

  const records: RawRow[] = [];
  const rejects: Reject[] = [];
  let line = 1 + lineOffset;
  let next = 0;
  const takeSkipped = (before: number) => {
    for (let s = skipped[next]; s !== undefined && s.recordsBefore <= before; s = skipped[++next]) {
      const errorLine = numberOr(s.lastLine, line - lineOffset) + lineOffset;
      if (s.quoteNotClosed)
        throw new ItipError(FileCode.quoteNotClosed, fileMessage.quoteNotClosed(), {
          location: { file, line },
        });
      // Rare path: cut the record's lines out of the text (csv-parse keeps no raw copy).
      const raw = source
        .split("\n")
        .slice(line - 1 - lineOffset, Math.max(errorLine, line) - lineOffset)
        .join("\n");
      const cells = s.quoteInsideOnly ? readQuoteInside(raw, delimiter) : undefined;
      if (cells) records.push({ line, cells });
      else
        rejects.push({
          file,
          line,
          column: typeof s.error.column === "number" ? s.error.column + 1 : null,
          code: RowCode.malformed,
          message: rowMessage.malformed(s.error.message),
          raw,
        });
      line = errorLine + 1;
    }
  };
  parsed.forEach((cells, index) => {
    takeSkipped(index);
    if (isEmptyLine(cells)) line += 1;
    else {
      records.push({ line, cells });
      line += 1 + countNewlines(cells);
    }
  });
  takeSkipped(stopped ? stopped.recordsBefore : Infinity);
  // The record that stopped the read starts where the records before it end.
  if (stopped) throw stopped.error(line);
  // Spreadsheets leave rows of empty cells at the end of a file: they are not records.
  while (records.length > 0 && isBlank(records[records.length - 1]?.cells ?? [])) records.pop();
  return { records, rejects };
}

/** SurveyXact's comma export ends some rows with a delimiter: a phantom empty column. */
function withoutPhantom(cells: string[], width: number): string[] {
  return cells.length === width + 1 && cells[width] === "" ? cells.slice(0, width) : cells;
}

function refuseDuplicateHeaders(header: string[], file: string, line: number): void {
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    const first = seen.get(name);
    if (first !== undefined)
      throw new ItipError(FileCode.duplicateHeader, fileMessage.duplicateHeader(name, first + 1), {
        location: { file, line, column: i + 1 },
      });
    seen.set(name, i);
  });
}

/** First record = header; every other record must have as many fields. */
export function toTable(read: RecordsRead, file: string, delimiter: Delimiter): Table {
  const [first, ...data] = read.records;
  if (first === undefined)
    throw new ItipError(FileCode.empty, fileMessage.empty(), { location: { file } });
  const header = first.cells.map((name) => name.trim());
  if (header.length > 1 && header[header.length - 1] === "") header.pop();
  refuseDuplicateHeaders(header, file, first.line);
  const width = header.length;
  const rows: RawRow[] = [];
  const rejects = [...read.rejects];
  for (const record of data) {
    const cells = withoutPhantom(record.cells, width);
    if (cells.length === width) rows.push({ line: record.line, cells });
    else
      rejects.push({
        file,
        line: record.line,
        column: null,
        code: RowCode.ragged,
        message: rowMessage.ragged(cells.length, width),
        raw: joinRaw(cells, delimiter),
      });
  }
  if (rows.length === 0 && rejects.length === 0)
    throw new ItipError(FileCode.headerOnly, fileMessage.headerOnly(), {
      location: { file, line: first.line },
    });
  return {
    file,
    header,
    headerLine: first.line,
    rows,
    rejects,
    rowsRead: rows.length + rejects.length,
  };
}

export async function readTable(text: string, options: ReadOptions): Promise<Table> {
  return toTable(await readRecords(text, options), options.file, options.delimiter);
}
