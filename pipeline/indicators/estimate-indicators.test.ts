import { describe, expect, it } from "vitest";
import { designYear } from "../survey/design.js";
import { tinyYear } from "../testdata/tiny-survey.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { estimateIndicators } from "./estimate-indicators.js";
import { findEstimate } from "./lookup.js";

const advanced: IndicatorDefinition = {
  id: "avanserte-tjenester",
  label: "Avanserte innbyggertjenester",
  question: "tjenesteniva",
  measure: "share",
  codes: new Set([3]),
  option: undefined,
  excluded: new Set([9]),
  firstYear: 2010,
  unit: "pct",
};

describe("estimateIndicators", () => {
  const estimates = estimateIndicators([designYear(tinyYear(2020))], [advanced]);
  const row = (group: Parameters<typeof findEstimate>[2]) =>
    findEstimate(estimates, "avanserte-tjenester", group, 2020);

  it("estimates a share as Σ w·y / Σ w over the base, across strata", () => {
    // stat: S1, S2 avansert, S3 not (w 4/3 each); kommune: K1 avansert, K2 not (w 1.5 each).
    const expected = ((4 / 3) * 2 + 1.5) / ((4 / 3) * 3 + 1.5 * 2);
    expect(row("alle")?.estimate).toBeCloseTo(expected, 15);
  });

  it("leaves 'vet ikke' and blanks out of the base but reports the 'vet ikke' count", () => {
    expect(row("kommune")).toMatchObject({ n: 2, nVetIkke: 1 });
  });

  it("suppresses an estimate with a base under 5, and says so", () => {
    expect(row("stat")).toMatchObject({ n: 3, estimate: null, suppressed: true });
  });

  it("reports the group's frame size and response rate (partials count as responding)", () => {
    expect(row("kommune")).toMatchObject({ N: 6, responseRate: 5 / 6 });
    expect(row("kommune->50k")).toMatchObject({ N: 3, responseRate: 1 });
  });

  it("gives the estimate's standard error, logit interval and degrees of freedom", () => {
    // The same design in R: see pipeline/survey/domain-ratio.test.ts.
    expect(row("alle")?.se).toBeCloseTo(0.13949725615244815, 15);
    expect(row("alle")?.ciLow).toBeCloseTo(0.18893270259384948, 13);
    expect(row("alle")?.ciHigh).toBeCloseTo(0.90276092387730444, 13);
    expect(row("alle")?.df).toBe(3);
  });

  it("states the change from the year before in percentage points and relative percent", () => {
    const twoYears = estimateIndicators(
      [designYear(tinyYear(2019)), designYear(withEveryoneAdvanced(tinyYear(2020)))],
      [advanced],
    );
    const before = findEstimate(twoYears, "avanserte-tjenester", "alle", 2019)!.estimate!;
    const now = findEstimate(twoYears, "avanserte-tjenester", "alle", 2020)!;
    expect(now.estimate).toBe(1);
    expect(now.changePp).toBeCloseTo((1 - before) * 100, 12);
    expect(now.changeRel).toBeCloseTo((1 / before - 1) * 100, 12);
    expect(now.changeSe).toBeGreaterThan(0);
    expect(now.pValue).toBeGreaterThan(0);
  });

  it("states no change where last year's estimate is suppressed", () => {
    const twoYears = estimateIndicators(
      [designYear(tinyYear(2019)), designYear(tinyYear(2020))],
      [advanced],
    );
    expect(findEstimate(twoYears, "avanserte-tjenester", "stat", 2020)).toMatchObject({
      changePp: null,
      changeSe: null,
      pValue: null,
    });
  });

  it("gives an item everyone answered 'vet ikke' an empty, suppressed base that still counts them", () => {
    const allVetIkke = {
      ...tinyYear(2020),
      respondents: tinyYear(2020).respondents.map((r) => ({
        ...r,
        values: { ...r.values, tjenesteniva: 9 },
      })),
    };
    expect(
      findEstimate(
        estimateIndicators([designYear(allVetIkke)], [advanced]),
        "avanserte-tjenester",
        "alle",
        2020,
      ),
    ).toMatchObject({ n: 0, nVetIkke: 7, estimate: null, se: null, suppressed: true });
  });

  it("has no rows before the indicator's first year", () => {
    expect(estimateIndicators([designYear(tinyYear(2009))], [advanced])).toEqual([]);
  });

  it("has no rows in a year its question was not asked, and no change across that gap", () => {
    const designs = [
      designYear(tinyYear(2019)),
      designYear(tinyYear(2020)),
      designYear(withEveryoneAdvanced(tinyYear(2021))),
      designYear(tinyYear(2022)),
    ];
    const paused = estimateIndicators(designs, [{ ...advanced, notAsked: new Set([2020]) }]);
    expect([...new Set(paused.map((r) => r.year))]).toEqual([2019, 2021, 2022]);
    expect(findEstimate(paused, "avanserte-tjenester", "alle", 2021)).toMatchObject({
      estimate: 1,
      changePp: null,
      changeRel: null,
      changeSe: null,
      pValue: null,
    });
    // From 2021 to 2022, both asked, the change is there again.
    expect(findEstimate(paused, "avanserte-tjenester", "alle", 2022)?.changePp).toBeLessThan(0);
    // Asked every year, the same data has a change from 2020 to 2021.
    const asked = estimateIndicators(designs, [advanced]);
    expect(findEstimate(asked, "avanserte-tjenester", "alle", 2021)?.changePp).not.toBeNull();
  });

  it("has no rows after its question's last year", () => {
    const designs = [2019, 2020, 2021].map((year) => designYear(tinyYear(year)));
    const ended = estimateIndicators(designs, [{ ...advanced, lastYear: 2020 }]);
    expect([...new Set(ended.map((r) => r.year))]).toEqual([2019, 2020]);
  });
});

function withEveryoneAdvanced(year: ReturnType<typeof tinyYear>) {
  return {
    ...year,
    respondents: year.respondents.map((r) => ({ ...r, values: { ...r.values, tjenesteniva: 3 } })),
  };
}
