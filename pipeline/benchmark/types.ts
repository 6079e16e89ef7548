// One participating organisation as its benchmark report sees it: its own answers, the
// aggregates of its peer groups that the privacy rules (privacy.ts) let through, and its own
// answers in earlier years, followed through the 2020 crosswalk. Nothing here holds another
// organisation's answer: only counts, published estimates and protected quantiles of peers.
import type { Group } from "../indicators/types.js";
import type { Sector, SizeClass } from "../ingest/types.js";

/** A peer group of the organisation: its sector, and for a municipality its size class. */
export interface PeerGroup {
  group: Group;
  /** Complete respondents of the group in the report year, the organisation not counted. */
  others: number;
  /** At least MIN_OTHERS others: the group's numbers may be shown. */
  shown: boolean;
}

/** The group's estimate as the national report publishes it (indicators.csv). */
export interface PeerEstimate {
  estimate: number;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
}

/** Where the organisation stands in one peer group on one indicator. */
export interface PeerPosition {
  group: Group;
  /** Other respondents of the group with an answer in the indicator's base. */
  others: number;
  /** The published estimate; undefined when the group is not shown or the estimate suppressed. */
  estimate: PeerEstimate | undefined;
  /** Quartiles of the others' answers (means only), each only where the privacy rule allows. */
  quartiles: { q1: number | undefined; median: number | undefined; q3: number | undefined };
}

export interface OwnAnswer {
  indicator: string;
  /** 1/0 for shares, the number for means; null when not answered or outside the base. */
  value: number | null;
  /** Answered "vet ikke" (or another code outside the base). */
  nonSubstantive: boolean;
  positions: PeerPosition[];
}

/** One organisation's answers in one year: the organisation itself or a predecessor. */
export interface HistoryEntry {
  year: number;
  id: string;
  navn: string;
  /** Indicator id → value (as OwnAnswer.value); indicators not asked that year are absent. */
  values: Record<string, number | null>;
}

export interface OrgProfile {
  id: string;
  orgnr: string | null;
  navn: string;
  sektor: Sector;
  sizeClass: SizeClass | null;
  panelId: string;
  year: number;
  groups: PeerGroup[];
  answers: OwnAnswer[];
  /** Every year up to the report year in which the organisation or a predecessor answered, oldest first. */
  history: HistoryEntry[];
}
