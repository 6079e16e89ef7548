import { describe, expect, test } from "vitest";
import { benjaminiHochberg } from "../survey/multiple-testing.js";
import { sectorGap } from "../survey/significance.js";
import { fixtureEstimates } from "../testdata/charts/fixtures.js";
import { definitions } from "../testdata/charts/inputs.js";
import { findGapTest, sectorGapTests } from "./sector-gaps.js";

const tests = sectorGapTests(fixtureEstimates(), definitions);
const of2020 = tests.filter((t) => t.year === 2020);
const shares = definitions.filter((d) => d.measure === "share");

describe("sectorGapTests", () => {
  test("tests every pair of sectors of every share indicator: the family of a year", () => {
    // The fixture has no estimate of gjenbruk-data for fylkeskommune: two pairs fewer.
    expect(of2020.length).toBe(shares.length * 3 - 2);
    expect(new Set(of2020.map((t) => t.groups.join("–")))).toEqual(
      new Set(["stat–kommune", "stat–fylkeskommune", "kommune–fylkeskommune"]),
    );
    expect(of2020.every((t) => shares.some((d) => d.id === t.indicator))).toBe(true);
  });

  test("each gap's p-value is significance.ts's, adjusted with Benjamini–Hochberg over its year", () => {
    const adjusted = benjaminiHochberg(of2020.map((t) => t.pValue));
    of2020.forEach((t, i) => expect(t.pAdjusted).toBe(adjusted[i]));
    const [first] = of2020;
    const row = (group: string) =>
      fixtureEstimates().find(
        (e) => e.indicator === first!.indicator && e.year === 2020 && e.group === group,
      )!;
    const gap = sectorGap(
      { ...row(first!.groups[0]), group: first!.groups[0] },
      { ...row(first!.groups[1]), group: first!.groups[1] },
    )!;
    expect(first!.pValue).toBe(gap.pValue);
  });

  test("leaves out suppressed estimates and indicators that are means", () => {
    const suppressed = fixtureEstimates().map((e) =>
      e.group === "fylkeskommune" ? { ...e, suppressed: true } : e,
    );
    const left = sectorGapTests(suppressed, definitions).filter((t) => t.year === 2020);
    expect(left.length).toBe(shares.length);
    expect(tests.some((t) => t.indicator === "markedssamarbeid")).toBe(false);
  });

  test("findGapTest finds a pair in either order", () => {
    const [first] = of2020;
    const [a, b] = first!.groups;
    expect(findGapTest(tests, first!.indicator, 2020, b, a)).toBe(first);
    expect(findGapTest(tests, first!.indicator, 2020, a, a)).toBeUndefined();
  });
});
