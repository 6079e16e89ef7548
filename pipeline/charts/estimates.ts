// Selecting the estimates a chart may show. A suppressed or empty estimate never reaches a
// chart (SPEC §5): it is dropped here, before any spec is built.
import { findEstimate } from "../indicators/lookup.js";
import type { AnswerShare, Group, IndicatorEstimate } from "../indicators/types.js";

/** An estimate that may be published: not suppressed and with a value. */
export type PublishableEstimate = IndicatorEstimate & { estimate: number };

export function isPublishable(row: IndicatorEstimate): row is PublishableEstimate {
  return !row.suppressed && row.estimate !== null && Number.isFinite(row.estimate);
}

export function publishable(
  rows: readonly IndicatorEstimate[],
  filter: (row: IndicatorEstimate) => boolean,
): PublishableEstimate[] {
  return rows.filter((row) => filter(row) && isPublishable(row)) as PublishableEstimate[];
}

/** The estimate of one indicator, group and year, if publishable. */
export function findPublishable(
  rows: readonly IndicatorEstimate[],
  indicator: string,
  group: Group,
  year: number,
): PublishableEstimate | undefined {
  const row = findEstimate(rows, indicator, group, year);
  return row && isPublishable(row) ? row : undefined;
}

/** Both interval ends when the statistics stage has computed them, else undefined. */
export function interval(row: IndicatorEstimate): [number, number] | undefined {
  return row.ciLow !== null && row.ciHigh !== null ? [row.ciLow, row.ciHigh] : undefined;
}

export function distribution(
  rows: readonly AnswerShare[],
  question: string,
  year: number,
  group: Group,
): AnswerShare[] {
  return rows
    .filter((r) => r.question === question && r.year === year && r.group === group)
    .sort((a, b) => a.code - b.code);
}

/** Rounds to `digits` decimals so that specs (and golden files) hold no float noise. */
export function round(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
