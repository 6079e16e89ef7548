// When a difference may be called a difference: a two-sided test at the 5 % level (SPEC §5).
// The report and the charts ask this one question the same way.
import type { Sector } from "../ingest/types.js";
import { twoSidedPValue } from "./intervals.js";

export const SIGNIFICANCE_LEVEL = 0.05;

/** Significant at 5 %; an untested change (no p-value) is never called significant. */
export function isSignificant(pValue: number | null | undefined): boolean {
  return pValue !== null && pValue !== undefined && pValue < SIGNIFICANCE_LEVEL;
}

export interface SectorEstimate {
  group: Sector;
  estimate: number | null;
  se: number | null;
  df: number | null;
}

/**
 * The gap between two sectors in the same year. Sectors are separate strata, sampled
 * independently, so the variances add and so do the degrees of freedom (units − strata).
 */
export function sectorGap(
  a: SectorEstimate,
  b: SectorEstimate,
): { difference: number; se: number; pValue: number | null } | undefined {
  if (a.group === b.group) return undefined;
  if (a.estimate === null || b.estimate === null || a.se === null || b.se === null)
    return undefined;
  if (a.df === null || b.df === null) return undefined;
  const difference = a.estimate - b.estimate;
  const se = Math.sqrt(a.se ** 2 + b.se ** 2);
  return { difference, se, pValue: twoSidedPValue(difference, se, a.df + b.df) ?? null };
}
