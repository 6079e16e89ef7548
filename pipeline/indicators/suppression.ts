// Suppression (SPEC §5): an estimate whose base has fewer than MIN_BASE_N respondents is not
// published (":"), and neither is one more estimate of the same breakdown when a single hidden
// value could otherwise be worked out from its parent and its siblings (complementary
// suppression). Suppressed rows keep n, N and the response rate; every estimated number goes.
import type { Group, IndicatorEstimate } from "./types.js";

export const MIN_BASE_N = 5;

/** Groups that together make up their parent: the sectors make up everyone, the size classes the municipalities. */
const PARTITIONS: ReadonlyArray<{ parent: Group; parts: readonly Group[] }> = [
  { parent: "alle", parts: ["stat", "kommune", "fylkeskommune"] },
  {
    parent: "kommune",
    parts: ["kommune-<5k", "kommune-5-20k", "kommune-20-50k", "kommune->50k"],
  },
];

/** Applies primary and complementary suppression to the rows of one indicator and year. */
export function suppress(rows: readonly IndicatorEstimate[]): IndicatorEstimate[] {
  const suppressed = new Set<Group>(rows.filter((r) => r.n < MIN_BASE_N).map((r) => r.group));
  const byGroup = new Map(rows.map((r) => [r.group, r]));
  // Suppressing one group can expose another partition, so repeat until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const { parent, parts } of PARTITIONS) {
      const present = parts.filter((g) => byGroup.has(g));
      const hidden = present.filter((g) => suppressed.has(g));
      if (!byGroup.has(parent) || suppressed.has(parent) || hidden.length !== 1) continue;
      const shown = present.filter((g) => !suppressed.has(g));
      const smallest = shown.sort((a, b) => byGroup.get(a)!.n - byGroup.get(b)!.n)[0];
      if (smallest === undefined) continue;
      suppressed.add(smallest);
      changed = true;
    }
  }
  return rows.map((row) => (suppressed.has(row.group) ? withoutEstimates(row) : row));
}

function withoutEstimates(row: IndicatorEstimate): IndicatorEstimate {
  return {
    ...row,
    estimate: null,
    se: null,
    ciLow: null,
    ciHigh: null,
    df: null,
    suppressed: true,
    changePp: null,
    changeRel: null,
    changeSe: null,
    pValue: null,
    pAdjusted: null,
  };
}
