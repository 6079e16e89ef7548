// The family of sector gaps (multiple-testing.ts): for every share indicator and year, the
// difference between each pair of sectors with a published estimate and standard error, its
// two-sided p-value (significance.ts: the sectors are independent strata) and that p-value
// adjusted with Benjamini–Hochberg over the year's gaps. The findings call a gap significant
// only when its adjusted p-value is below 0,05.
import type { Sector } from "../ingest/types.js";
import { SECTORS } from "../ingest/types.js";
import { benjaminiHochberg } from "../survey/multiple-testing.js";
import { sectorGap } from "../survey/significance.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { IndicatorEstimate } from "./types.js";

export interface GapTest {
  indicator: string;
  year: number;
  /** The two sectors, in the order of SECTORS (stat, kommune, fylkeskommune). */
  groups: readonly [Sector, Sector];
  /** First − second, as a proportion. */
  difference: number;
  se: number;
  pValue: number;
  pAdjusted: number;
}

/** Every sector pair of every share indicator and year that can be tested, each year a family. */
export function sectorGapTests(
  estimates: readonly IndicatorEstimate[],
  definitions: readonly IndicatorDefinition[],
): GapTest[] {
  const shares = new Set(definitions.filter((d) => d.measure === "share").map((d) => d.id));
  const bySector = new Map<string, IndicatorEstimate>();
  for (const e of estimates)
    if (shares.has(e.indicator) && !e.suppressed && isSector(e.group))
      bySector.set(`${e.indicator}|${e.year}|${e.group}`, e);
  const untested: Array<Omit<GapTest, "pAdjusted">> = [];
  const seen = new Set<string>();
  for (const e of estimates) {
    const key = `${e.indicator}|${e.year}`;
    if (!shares.has(e.indicator) || seen.has(key)) continue;
    seen.add(key);
    SECTORS.forEach((a, i) =>
      SECTORS.slice(i + 1).forEach((b) => {
        const first = bySector.get(`${key}|${a}`);
        const second = bySector.get(`${key}|${b}`);
        if (!first || !second) return;
        const gap = sectorGap({ ...first, group: a }, { ...second, group: b });
        if (!gap || gap.pValue === null) return;
        untested.push({
          indicator: e.indicator,
          year: e.year,
          groups: [a, b],
          difference: gap.difference,
          se: gap.se,
          pValue: gap.pValue,
        });
      }),
    );
  }
  const years = [...new Set(untested.map((t) => t.year))];
  return years.flatMap((year) => {
    const family = untested.filter((t) => t.year === year);
    const adjusted = benjaminiHochberg(family.map((t) => t.pValue));
    return family.map((t, k) => ({ ...t, pAdjusted: adjusted[k]! }));
  });
}

/** The test of the gap between two sectors, in either order; undefined when not tested. */
export function findGapTest(
  tests: readonly GapTest[],
  indicator: string,
  year: number,
  a: Sector,
  b: Sector,
): GapTest | undefined {
  return tests.find(
    (t) =>
      t.indicator === indicator &&
      t.year === year &&
      ((t.groups[0] === a && t.groups[1] === b) || (t.groups[0] === b && t.groups[1] === a)),
  );
}

function isSector(group: string): group is Sector {
  return (SECTORS as readonly string[]).includes(group);
}
