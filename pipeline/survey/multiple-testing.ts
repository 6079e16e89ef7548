// Many tests in one report (SPEC §5): a report that tests some 170 changes and 60 gaps at 5 %
// would call about one in twenty differences that are pure noise "significant". Within each
// family of statements of one report the false discovery rate is controlled with
// Benjamini–Hochberg at 5 %: a statement is called significant when its adjusted p-value is
// below 0,05, and then on average at most 5 % of the statements called significant are false.
//
// The families (each within one report year):
//   changes  every change from the year before that indicators.csv publishes for the year, of
//            every indicator and group (the change findings, the change-dots charts and the
//            table may state any of them);
//   gaps     every gap between two sectors (stat–kommune, stat–fylkeskommune,
//            kommune–fylkeskommune) of every share indicator published for the year (the gap
//            findings state them).
// A change or gap without a p-value (suppressed, or a standard error of 0) is not tested and
// not in its family.

export const FALSE_DISCOVERY_RATE = 0.05;

export type TestFamily = "changes" | "gaps";
export const TEST_FAMILIES: readonly TestFamily[] = ["changes", "gaps"];

/**
 * Benjamini–Hochberg adjusted p-values, as R's p.adjust(p, method = "BH"): the i-th smallest of
 * m p-values becomes min over j ≥ i of p_(j) · m / j, at most 1. Same order as the input.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[b]! - pValues[a]! || b - a);
  const adjusted = new Array<number>(m);
  let smallest = 1;
  order.forEach((index, k) => {
    const rank = m - k;
    smallest = Math.min(smallest, (pValues[index]! * m) / rank);
    adjusted[index] = smallest;
  });
  return adjusted;
}

/** How many statements of a family were tested, and how many are significant before and after. */
export interface FamilySummary {
  family: TestFamily;
  tested: number;
  /** p < 0,05 without adjustment. */
  unadjusted: number;
  /** Adjusted p < 0,05: the statements the report calls significant. */
  significant: number;
}

export function summariseFamily(
  family: TestFamily,
  tests: ReadonlyArray<{ pValue: number; pAdjusted: number }>,
): FamilySummary {
  return {
    family,
    tested: tests.length,
    unadjusted: tests.filter((t) => t.pValue < FALSE_DISCOVERY_RATE).length,
    significant: tests.filter((t) => t.pAdjusted < FALSE_DISCOVERY_RATE).length,
  };
}
