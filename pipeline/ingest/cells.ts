// Casting one dataset cell: tiny pure functions from the raw string to a value, or to the reason
// it was refused. Only a blank cell means missing (SPEC §3.1).
import { CellCode, cellMessage } from "./messages.js";

export type CellResult<T> =
  { ok: true; value: T | null } | { ok: false; code: CellCode; message: string };

const BLANK: CellResult<never> = { ok: true, value: null };
const ZERO: CellResult<0> = { ok: true, value: 0 };
const ONE: CellResult<1> = { ok: true, value: 1 };

/** The value of a string of one to four ASCII digits, else undefined. */
function bareDigits(raw: string): number | undefined {
  if (raw.length > 4) return undefined;
  let value = 0;
  for (let i = 0; i < raw.length; i++) {
    const digit = raw.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}
const INTEGER = /^-?\d+$/;
const DECIMAL_COMMA = /^-?\d+(,\d+)?$/;
const DECIMAL_POINT = /^-?\d+(\.\d+)?$/;
/** A number written with the other decimal separator, or with thousands separators. */
const OTHER_SEPARATOR = /^-?\d{1,3}([ .,\u00a0\u202f]\d{3})+([.,]\d+)?$|^-?\d+[.,]\d+$/;

/** An Open/Double answer: `1,5` is 1.5 where the dialect's decimal separator is the comma. */
export function parseDecimal(raw: string, decimal: "," | ".", key: string): CellResult<number> {
  const value = raw.trim().replace("\u2212", "-");
  if (value === "") return BLANK;
  if (decimal === "," && DECIMAL_COMMA.test(value))
    return { ok: true, value: Number(value.replace(",", ".")) };
  if (decimal === "." && DECIMAL_POINT.test(value)) return { ok: true, value: Number(value) };
  if (OTHER_SEPARATOR.test(value))
    return {
      ok: false,
      code: CellCode.decimalSeparator,
      message: cellMessage.decimalSeparator(raw, key, decimal),
    };
  return { ok: false, code: CellCode.numberInvalid, message: cellMessage.numberInvalid(raw, key) };
}

export interface CodeScheme {
  key: string;
  codes: ReadonlyMap<number, string>;
  /** Lower-cased label → code, to recognise a label exported where a code belongs. */
  labelCodes: ReadonlyMap<string, number>;
}

/** A Closed/Single answer: one of the question's codes. */
export function parseCode(raw: string, scheme: CodeScheme): CellResult<number> {
  // Fast path for the common case, a bare code: no trimming, no regular expression.
  if (raw === "") return BLANK;
  const bare = bareDigits(raw);
  if (bare !== undefined && scheme.codes.has(bare)) return { ok: true, value: bare };
  const value = raw.trim();
  if (value === "") return BLANK;
  if (INTEGER.test(value)) {
    const code = Number(value);
    if (scheme.codes.has(code)) return { ok: true, value: code };
    return {
      ok: false,
      code: CellCode.codeOutOfRange,
      message: cellMessage.codeOutOfRange(code, scheme.key, scheme.codes.keys()),
    };
  }
  const labelled = scheme.labelCodes.get(value.toLowerCase());
  if (labelled !== undefined)
    return {
      ok: false,
      code: CellCode.labelNotCode,
      message: cellMessage.labelNotCode(value, scheme.key, labelled),
    };
  return { ok: false, code: CellCode.notACode, message: cellMessage.notACode(raw, scheme.key) };
}

/** A multi-choice option column: 1 chosen, 0 not chosen, blank missing. */
export function parseBinary(raw: string, column: string): CellResult<0 | 1> {
  if (raw === "0") return ZERO;
  if (raw === "1") return ONE;
  const value = raw.trim();
  if (value === "") return BLANK;
  if (value === "0") return ZERO;
  if (value === "1") return ONE;
  return {
    ok: false,
    code: CellCode.multiNotBinary,
    message: cellMessage.multiNotBinary(raw, column),
  };
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const NORDIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isClock = (hours = "0", minutes = "0", seconds = "0") =>
  Number(hours) < 24 && Number(minutes) < 60 && Number(seconds) < 60;

/**
 * A date answer (a variable structure.csv declares Open/Date or Open/DateTime): yyyy-mm-dd, or
 * dd.mm.yyyy with `.`, `-` or `/`, each optionally followed by hh:mm[:ss]. Kept as written.
 */
export function parseDate(raw: string, column: string): CellResult<string> {
  const value = raw.trim();
  if (value === "") return BLANK;
  const iso = ISO_DATE.exec(value);
  const nordic = iso ? null : NORDIC_DATE.exec(value);
  const [year, month, day, clock] = iso
    ? [iso[1], iso[2], iso[3], iso.slice(4)]
    : nordic
      ? [nordic[4], nordic[3], nordic[1], nordic.slice(5)]
      : [];
  if (
    year !== undefined &&
    isCalendarDate(Number(year), Number(month), Number(day)) &&
    isClock(...(clock ?? []))
  )
    return { ok: true, value };
  return { ok: false, code: CellCode.dateInvalid, message: cellMessage.dateInvalid(raw, column) };
}
