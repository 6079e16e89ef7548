// Norwegian number conventions (SPEC §6): decimal comma, non-breaking space between thousands,
// "23 %" with a non-breaking space, "pp" for percentage points and U+2212 for minus.
// Written by hand instead of Intl so that output never depends on the machine's ICU data.

export const NBSP = "\u00a0";
export const MINUS = "\u2212";

/** 1234.5 → "1 234,5" (with `digits` decimals, NBSP thousands, U+2212 minus). */
export function formatNumber(value: number, digits = 0): string {
  const rounded = roundHalfAwayFromZero(Math.abs(value), digits);
  const [whole = "0", fraction] = rounded.toFixed(digits).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const sign = value < 0 && Number(rounded) !== 0 ? MINUS : "";
  return sign + grouped + (fraction ? `,${fraction}` : "");
}

/** A proportion as percent: 0.234 → "23 %". */
export function formatPercent(proportion: number, digits = 0): string {
  return `${formatNumber(proportion * 100, digits)}${NBSP}%`;
}

/** A difference of proportions in percentage points: 0.06 → "+6 pp" (sign always shown). */
export function formatPercentagePoints(difference: number, digits = 0): string {
  return `${signPrefix(difference, digits)}${formatNumber(Math.abs(difference) * 100, digits)}${NBSP}pp`;
}

/** A relative change already in percent: 23.4 → "+23 %". */
export function formatRelativePercent(percent: number, digits = 0): string {
  return `${signPrefix(percent / 100, digits)}${formatNumber(Math.abs(percent), digits)}${NBSP}%`;
}

function signPrefix(value: number, digits: number): string {
  const shown = roundHalfAwayFromZero(Math.abs(value) * 100, digits);
  if (shown === 0) return "";
  return value > 0 ? "+" : MINUS;
}

/** Rounds half away from zero, so 0.125 → 0.13 as a reader expects (toFixed does not). */
export function roundHalfAwayFromZero(value: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(value) * factor;
  // The epsilon absorbs binary representation error: 1.005 * 100 = 100.49999999999999.
  const rounded = Math.floor(scaled + 0.5 + 1e-9) / factor;
  return value < 0 ? -rounded : rounded;
}

/** A rank interval: "2–3", or "1" when the rank never changes. */
export function formatRankRange(low: number, high: number): string {
  return low === high ? String(low) : `${low}–${high}`;
}
