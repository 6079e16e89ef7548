import { describe, expect, it } from "vitest";
import { tinyAnswers, tinyFramework } from "../testdata/composite-framework.js";
import { organisationScore } from "./composite-score.js";
import { compositeChecks, correlation, cronbachAlpha } from "./composite-reliability.js";

describe("cronbachAlpha", () => {
  it("is 1 for items that move together exactly", () => {
    expect(
      cronbachAlpha([
        [0, 0],
        [50, 50],
        [100, 100],
      ]),
    ).toBeCloseTo(1, 12);
  });

  it("follows k/(k−1) · (1 − Σ item variances / variance of the sum), worked by hand", () => {
    // Items x = 1, 2, 3 (var 1) and y = 1, 3, 2 (var 1); sum 2, 5, 5 (var 3): 2 · (1 − 2/3).
    expect(
      cronbachAlpha([
        [1, 1],
        [2, 3],
        [3, 2],
      ]),
    ).toBeCloseTo(2 / 3, 12);
  });

  it("is undefined for one item, one row or no variance", () => {
    expect(cronbachAlpha([[1], [2]])).toBeUndefined();
    expect(cronbachAlpha([[1, 2]])).toBeUndefined();
    expect(
      cronbachAlpha([
        [1, 1],
        [1, 1],
      ]),
    ).toBeUndefined();
  });
});

describe("correlation", () => {
  it("is Pearson's r", () => {
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(correlation([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
  });

  it("is undefined for a constant or too few pairs", () => {
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeUndefined();
    expect(correlation([1], [1])).toBeUndefined();
  });
});

describe("compositeChecks", () => {
  const framework = tinyFramework();
  const scores = tinyAnswers.map((values) => organisationScore(framework, values));
  const checks = compositeChecks(framework, scores);

  it("computes alpha per dimension from the organisations that answered all its indicators", () => {
    expect(checks.map((c) => [c.dimension, c.n])).toEqual([
      ["one", 3],
      ["two", 3],
    ]);
    // one: a = 100, 0, 100 and b = 100, 0, 50 (normalised).
    expect(checks[0]!.alpha).toBeCloseTo(
      cronbachAlpha([
        [100, 100],
        [0, 0],
        [100, 50],
      ])!,
      12,
    );
  });

  it("correlates each indicator's normalised score, direction applied, with its dimension", () => {
    const c = checks[1]!.items[0]!;
    expect(c.indicator).toBe("c");
    expect(c.direction).toBe("negative");
    expect(c.n).toBe(3);
    // c counts negatively: its scores 100, 0, 100 go with the dimension's 100, 0, 50.
    expect(c.correlation).toBeCloseTo(correlation([100, 0, 100], [100, 0, 50])!, 12);
    expect(c.correlation!).toBeGreaterThan(0);
  });
});
