// Small designs whose answers R's survey package gave (see the R lines in each test).
import { describe, expect, test } from "vitest";
import { domainRatio, domainRatioDifference, type DomainObservation } from "./domain-ratio.js";
import { logitInterval, tInterval } from "./intervals.js";
import { stratifiedVariance } from "./stratified-variance.js";

// PSUs are numbered within the design; "S3" reads better in a test, so number them here.
const psuNumbers = new Map<string, number>();
const unit = (stratum: string, psu: string, weight: number, y: number): DomainObservation => {
  const number = psuNumbers.get(psu) ?? psuNumbers.set(psu, psuNumbers.size).get(psu)!;
  return { stratum, psu: number, weight, y, unit: number };
};

// 4 state agencies, 3 answered; 6 municipalities, 4 answered, 2 of them outside the base.
const strata = new Map([
  ["stat", { n: 3, fraction: 3 / 4 }],
  ["kommune", { n: 4, fraction: 4 / 6 }],
]);
const share = [
  unit("stat", "S1", 4 / 3, 1),
  unit("stat", "S2", 4 / 3, 1),
  unit("stat", "S3", 4 / 3, 0),
  unit("kommune", "K1", 1.5, 1),
  unit("kommune", "K2", 1.5, 0),
];

describe("domainRatio", () => {
  test("a share with units outside the base, as svymean on a subset of the design", () => {
    // svymean(~y, subset(svydesign(ids=~1, strata=~h, fpc=~N, weights=~w), !is.na(y)))
    const r = domainRatio(share, strata)!;
    expect(r.estimate).toBeCloseTo(0.59523809523809523, 15);
    expect(Math.sqrt(r.variance)).toBeCloseTo(0.13949725615244815, 15);
    expect(r.df).toBe(3); // 5 units in the base − 2 strata
  });

  test("its logit interval is svyciprop(method = 'logit')'s", () => {
    const r = domainRatio(share, strata)!;
    const [low, high] = logitInterval(r.estimate, Math.sqrt(r.variance), r.df)!;
    expect(low).toBeCloseTo(0.18893270259384948, 13);
    expect(high).toBeCloseTo(0.90276092387730444, 13);
  });

  test("a mean with a t(df) interval", () => {
    const values = [2, 4, 5, 3, 3, 1];
    const ids = ["S1", "S2", "S3", "K1", "K2", "K4"];
    const mean = domainRatio(
      ids.map((id, i) =>
        unit(id[0] === "S" ? "stat" : "kommune", id, id[0] === "S" ? 4 / 3 : 1.5, values[i]!),
      ),
      strata,
    )!;
    expect(mean.estimate).toBeCloseTo(2.9607843137254899, 14);
    expect(Math.sqrt(mean.variance)).toBeCloseTo(0.28992419549462461, 14);
    const [low, high] = tInterval(mean.estimate, Math.sqrt(mean.variance), mean.df)!;
    expect(low).toBeCloseTo(2.155825700266031, 12);
    expect(high).toBeCloseTo(3.7657429271849487, 12);
  });

  test("a stratum where everyone answered (n_h = N_h) adds no variance", () => {
    const census = new Map([
      ["stat", { n: 4, fraction: 1 }],
      ["kommune", { n: 4, fraction: 4 / 6 }],
    ]);
    const all = [1, 0, 1, 1].map((y, i) => unit("stat", `S${i}`, 1, y));
    const municipalities = [1, 0, 0, 1].map((y, i) => unit("kommune", `K${i}`, 1.5, y));
    expect(Math.sqrt(domainRatio(all, census)!.variance)).toBe(0);
    const both = domainRatio([...all, ...municipalities], census)!;
    expect(both.estimate).toBeCloseTo(0.6, 15);
    expect(Math.sqrt(both.variance)).toBeCloseTo(0.1, 15);
  });

  test("a group with one respondent has an estimate but no degrees of freedom, so no interval", () => {
    const one = domainRatio([unit("kommune", "K1", 1.5, 1)], strata)!;
    expect(one).toMatchObject({ estimate: 1, n: 1, df: 0 });
    expect(logitInterval(one.estimate, Math.sqrt(one.variance), one.df)).toBeUndefined();
  });

  test("a share of exactly 0 or 1 has SE 0 and an interval that stays on it, inside [0, 1]", () => {
    for (const y of [0, 1]) {
      const r = domainRatio(
        [1, 2, 3].map((i) => unit("stat", `S${i}`, 4 / 3, y)),
        strata,
      )!;
      expect(r.estimate).toBe(y);
      expect(r.variance).toBe(0);
      expect(logitInterval(r.estimate, 0, r.df)).toEqual([y, y]);
    }
  });

  test("an item everyone answered 'vet ikke' has an empty base: no estimate at all", () => {
    expect(domainRatio([], strata)).toBeUndefined();
  });
});

describe("domainRatioDifference", () => {
  test("an organisation answering both years is one cluster: its answers' covariance lowers the SE", () => {
    const panel = new Map([["stat", { n: 4, fraction: 0.5 }]]);
    const before = [0, 0, 1, 1].map((y, i) => unit("stat", `S${i}`, 2, y));
    const after = [0, 1, 1, 1].map((y, i) => unit("stat", `S${i}`, 2, y));
    const linked = domainRatioDifference(after, before, panel)!;
    const unlinked = domainRatioDifference(
      after,
      before.map((o) => ({ ...o, psu: o.psu + 1000 })),
      new Map([["stat", { n: 8, fraction: 0.5 }]]),
    )!;
    expect(linked.difference).toBeCloseTo(0.25, 15);
    expect(linked.variance).toBeLessThan(unlinked.variance);
    expect(linked.df).toBe(3);
  });
});

describe("a domain given as the year's units and their values", () => {
  test("is estimated exactly as the same observations: estimate, variance, df and change", () => {
    // One set of unit objects shared by two indicators, each with its own values.
    const units = share.map(({ y: _, ...u }) => u);
    const other = [0, 1, 1, 0, 1];
    const asSample = domainRatio({ units, y: share.map((o) => o.y) }, strata)!;
    expect(asSample).toEqual(domainRatio(share, strata));
    const otherObservations = units.map((u, i) => ({ ...u, y: other[i]! }));
    expect(domainRatio({ units, y: other }, strata)).toEqual(
      domainRatio(otherObservations, strata),
    );
    expect(
      domainRatioDifference({ units, y: other }, { units, y: share.map((o) => o.y) }, strata),
    ).toEqual(domainRatioDifference(otherObservations, share, strata));
  });
});

describe("stratifiedVariance", () => {
  test("centres each stratum's PSU totals on n_h, counting PSUs outside the domain as zero", () => {
    // n = 4, f = 0.5, totals [1, 2] and two zeros: mean 0.75, squares 2.75, × 0.5 × 4/3.
    expect(stratifiedVariance([{ n: 4, fraction: 0.5, totals: [1, 2] }])).toBeCloseTo(11 / 6, 15);
  });
});
