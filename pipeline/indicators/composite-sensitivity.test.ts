import { describe, expect, it } from "vitest";
import { tinyFramework } from "../testdata/composite-framework.js";
import { organisationScore } from "./composite-score.js";
import {
  indexSensitivity,
  sensitivityScenarios,
  type ScoredUnit,
} from "./composite-sensitivity.js";

const framework = tinyFramework();

// Stat clearly ahead; the two size classes close, so that weights can swap them.
const units: ScoredUnit[] = [
  {
    groups: ["alle", "stat"],
    weight: 2,
    values: [
      [1, 5],
      [0, 1, 1],
    ],
  },
  {
    groups: ["alle", "stat"],
    weight: 2,
    values: [
      [1, 4],
      [0, 1, 0],
    ],
  },
  {
    groups: ["alle", "kommune", "kommune-<5k"],
    weight: 1,
    values: [
      [1, 1],
      [1, 0, 0],
    ],
  },
  {
    groups: ["alle", "kommune", "kommune-<5k"],
    weight: 3,
    values: [
      [0, 3],
      [0, 1, 0],
    ],
  },
  {
    groups: ["alle", "kommune", "kommune->50k"],
    weight: 1,
    values: [
      [0, 5],
      [1, 0, 1],
    ],
  },
  {
    groups: ["alle", "kommune", "kommune->50k"],
    weight: 1,
    values: [
      [1, 2],
      [1, 1, 0],
    ],
  },
  {
    groups: ["alle", "kommune", "kommune->50k"],
    weight: 1,
    values: [
      [null, 2],
      [1, 1, 0],
    ],
  },
];
const groups = ["alle", "stat", "kommune", "kommune-<5k", "kommune->50k"] as const;

describe("sensitivityScenarios", () => {
  const scenarios = sensitivityScenarios(framework);

  it("has the defaults, the random draws, every indicator left out and the other aggregations", () => {
    expect(scenarios[0]!.kind).toBe("default");
    expect(scenarios.filter((s) => s.kind === "random-weights")).toHaveLength(50);
    expect(scenarios.filter((s) => s.kind === "leave-out").map((s) => s.label)).toEqual(
      ["a", "b", "c", "d", "e"].map((id) => `uten ${id}`),
    );
    expect(scenarios.filter((s) => s.kind === "aggregation")).toHaveLength(3);
  });

  it("draws each weight within 1 ± noise of its default, the same draws every time", () => {
    for (const s of scenarios.filter((x) => x.kind === "random-weights")) {
      s.choices.itemWeights.flat().forEach((w, i) => {
        const nominal = [1, 1, 1, 1, 2][i]!;
        expect(w).toBeGreaterThanOrEqual(nominal * 0.75);
        expect(w).toBeLessThanOrEqual(nominal * 1.25);
      });
    }
    expect(JSON.stringify(sensitivityScenarios(framework))).toBe(JSON.stringify(scenarios));
    const other = sensitivityScenarios(
      tinyFramework({ sensitivity: { seed: 2, draws: 50, weightNoise: 0.25 } }),
    );
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(scenarios));
  });
});

describe("indexSensitivity", () => {
  const result = indexSensitivity(framework, units, groups);
  const of = (g: string) => result.groups.find((r) => r.group === g)!;

  it("gives with the defaults each group's weighted mean of the organisations' index", () => {
    const index = units.map((u) => organisationScore(framework, u.values).index);
    const stat = (2 * index[0]! + 2 * index[1]!) / 4;
    expect(of("stat").score).toBeCloseTo(stat, 12);
    expect(result.scenarios).toBe(1 + 50 + 5 + 3);
  });

  it("holds the default inside the interval of scores over the scenarios", () => {
    for (const g of result.groups) {
      expect(g.scoreLow).toBeLessThanOrEqual(g.score);
      expect(g.scoreHigh).toBeGreaterThanOrEqual(g.score);
      expect(g.scoreHigh).toBeGreaterThan(g.scoreLow);
    }
  });

  it("gives the interval of each kind of choice, each holding the default", () => {
    for (const g of result.groups)
      for (const range of Object.values(g.byKind)) {
        expect(range.low).toBeLessThanOrEqual(g.score);
        expect(range.high).toBeGreaterThanOrEqual(g.score);
        expect(range.low).toBeGreaterThanOrEqual(g.scoreLow);
        expect(range.high).toBeLessThanOrEqual(g.scoreHigh);
      }
    const stat = of("stat");
    const lows = Object.values(stat.byKind).map((r) => r.low);
    expect(Math.min(...lows)).toBe(stat.scoreLow);
  });

  it("ranks the sectors together and the size classes together, not everyone", () => {
    expect(of("alle").rank).toBeUndefined();
    expect([of("stat").rank, of("kommune").rank]).toEqual([1, 2]);
    expect([of("stat").rankLow, of("stat").rankHigh]).toEqual([1, 1]);
    const sizes = [of("kommune-<5k"), of("kommune->50k")];
    expect(sizes.map((s) => s.rank).sort()).toEqual([1, 2]);
  });

  it("shows a rank that changes with the choices as an interval", () => {
    const small = of("kommune-<5k");
    expect([small.rankLow, small.rankHigh]).toEqual([1, 2]);
  });

  it("leaves out groups that are not published", () => {
    const fewer = indexSensitivity(framework, units, ["alle", "stat", "kommune"]);
    expect(fewer.groups.map((g) => g.group)).toEqual(["alle", "stat", "kommune"]);
  });
});
