// Casting one dataset cell: tiny pure functions from the raw string to a value, or to the reason
// it was refused. Only a blank cell means missing (SPEC §3.1).
import { CellCode, cellMessage } from "./messages.js";

export type CellResult<T> =
  { ok: true; value: T | null } | { ok: false; code: CellCode; message: string };

const BLANK: CellResult<never> = { ok: true, value: null };
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
  const value = raw.trim();
  if (value === "") return BLANK;
  if (value === "0") return { ok: true, value: 0 };
  if (value === "1") return { ok: true, value: 1 };
  return {
    ok: false,
    code: CellCode.multiNotBinary,
    message: cellMessage.multiNotBinary(raw, column),
  };
}
