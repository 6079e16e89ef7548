// Tidy results (SPEC §4): one row per indicator × year × group, and answer distributions of
// the scale questions for the diverging bar charts.
import type { Sector, SizeClass } from "../ingest/types.js";

export type Group = "alle" | Sector | SizeClass;
export const GROUPS: readonly Group[] = [
  "alle",
  "stat",
  "kommune",
  "fylkeskommune",
  "kommune-<5k",
  "kommune-5-20k",
  "kommune-20-50k",
  "kommune->50k",
];

/** One row of indicators.csv. Shares are proportions (0–1); null = not computed or empty. */
export interface IndicatorEstimate {
  indicator: string;
  year: number;
  group: Group;
  estimate: number | null;
  se: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  df: number | null;
  /** Item respondents in the base (complete units with a substantive answer). */
  n: number;
  /** Complete units in the group who answered a non-substantive code ("vet ikke"). */
  nVetIkke: number;
  /** Organisations in the frame of the group. */
  N: number;
  /** (complete + partial) / N for the group. */
  responseRate: number;
  suppressed: boolean;
  /** Change from the year before: estimate − previous (percentage points for shares, ×100). */
  changePp: number | null;
  /** Relative change in percent: (estimate / previous − 1) × 100. */
  changeRel: number | null;
  changeSe: number | null;
  /** Two-sided p-value of the change. */
  pValue: number | null;
  /**
   * The p-value adjusted for the family of changes of the year (Benjamini–Hochberg): a change is
   * called significant when this is below 0,05.
   */
  pAdjusted: number | null;
}

/** Weighted distribution of the answers to a single-choice question, "vet ikke" included. */
export interface AnswerShare {
  question: string;
  year: number;
  group: Group;
  code: number;
  label: string;
  nonSubstantive: boolean;
  /** Weighted share of all complete units in the group who answered (blank excluded). */
  share: number;
  /** Unweighted count of respondents giving this answer. */
  n: number;
}
