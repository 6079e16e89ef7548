import { describe, expect, it } from "vitest";
import { tinyFramework } from "../testdata/composite-framework.js";
import { aggregate, defaultChoices, normalise, organisationScore } from "./composite-score.js";

describe("normalise", () => {
  it("maps the fixed bounds to 0 and 100, the same in every year", () => {
    expect(normalise(1, [1, 5], "positive")).toBe(0);
    expect(normalise(4, [1, 5], "positive")).toBe(75);
    expect(normalise(5, [1, 5], "positive")).toBe(100);
    expect(normalise(1, [0, 1], "positive")).toBe(100);
  });

  it("turns a negative indicator around: less is more mature", () => {
    expect(normalise(1, [0, 1], "negative")).toBe(0);
    expect(normalise(0, [0, 1], "negative")).toBe(100);
    expect(normalise(2, [1, 5], "negative")).toBe(75);
  });

  it("holds a value outside the bounds at the nearest end", () => {
    expect(normalise(7, [1, 5], "positive")).toBe(100);
    expect(normalise(0, [1, 5], "positive")).toBe(0);
  });
});

describe("aggregate", () => {
  it("is the weighted arithmetic mean, the weights rescaled to sum to 1", () => {
    expect(aggregate([0, 100], [1, 1], "arithmetic")).toBe(50);
    expect(aggregate([0, 100], [1, 3], "arithmetic")).toBe(75);
    expect(aggregate([40], [5], "arithmetic")).toBe(40);
  });

  it("geometric: the weighted geometric mean of score + 1, minus 1", () => {
    expect(aggregate([0, 100], [1, 1], "geometric")).toBeCloseTo(Math.sqrt(101) - 1, 12);
    expect(aggregate([50, 50], [1, 3], "geometric")).toBeCloseTo(50, 12);
    expect(aggregate([100, 100], [2, 1], "geometric")).toBeCloseTo(100, 12);
  });

  it("compensates less than the arithmetic mean for a low score", () => {
    const scores = [10, 90];
    expect(aggregate(scores, [1, 1], "geometric")!).toBeLessThan(
      aggregate(scores, [1, 1], "arithmetic")!,
    );
  });

  it("gives undefined for no scores", () => {
    expect(aggregate([], [], "arithmetic")).toBeUndefined();
    expect(aggregate([50], [0], "geometric")).toBeUndefined();
  });
});

describe("organisationScore", () => {
  const framework = tinyFramework();

  it("normalises, aggregates within dimensions and across them", () => {
    // one: a = 1 → 100, b = 4 → 75: 87.5. two: c = 1 (negative) → 0, d = 1 → 100, e = 0 → 0
    // with weights 1, 1, 2: 25. Index: (87.5 + 25) / 2.
    const score = organisationScore(framework, [
      [1, 4],
      [1, 1, 0],
    ]);
    expect(score.items).toEqual([
      [100, 75],
      [0, 100, 0],
    ]);
    expect(score.dimensions).toEqual([87.5, 25]);
    expect(score.index).toBe(56.25);
  });

  it("scores a dimension from its answered items when it has at least min_items of them", () => {
    // two: c unanswered; d = 1 → 100 (weight 1), e = 0 → 0 (weight 2): 100/3.
    const score = organisationScore(framework, [
      [0, 5],
      [null, 1, 0],
    ]);
    expect(score.dimensions[1]).toBeCloseTo(100 / 3, 12);
    expect(score.index).toBeCloseTo((50 + 100 / 3) / 2, 12);
  });

  it("gives no dimension score below min_items, and no index below min_dimensions", () => {
    const score = organisationScore(framework, [
      [1, null],
      [1, 1, 1],
    ]);
    expect(score.dimensions[0]).toBeNull();
    expect(score.index).toBeNull();
  });

  it("imputes nothing: the index with one dimension missing exists only when the rule allows it", () => {
    const lenient = tinyFramework({ minDimensions: 1 });
    const score = organisationScore(lenient, [
      [1, null],
      [0, 1, 1],
    ]);
    expect(score.dimensions).toEqual([null, 100]);
    expect(score.index).toBe(100);
  });

  it("leaves out an item of weight 0 and lowers min_items to what is left", () => {
    const choices = defaultChoices(framework);
    const withoutB = { ...choices, itemWeights: [[1, 0], ...choices.itemWeights.slice(1)] };
    const score = organisationScore(
      framework,
      [
        [1, null],
        [1, 1, 1],
      ],
      withoutB,
    );
    expect(score.dimensions).toEqual([100, 75]);
    expect(score.index).toBe(87.5);
  });

  it("aggregates geometrically when asked, at either level", () => {
    const values = [
      [1, 1],
      [1, 0, 0],
    ];
    const geometric = {
      ...defaultChoices(framework),
      aggregation: { items: "geometric", dimensions: "geometric" } as const,
    };
    const score = organisationScore(framework, values, geometric);
    // one: 100 and 0 → √101 − 1; two: 0, 0, 0 → 0; index: ((√101) · 1)^½ − 1.
    expect(score.dimensions[0]).toBeCloseTo(Math.sqrt(101) - 1, 12);
    expect(score.dimensions[1]).toBe(0);
    expect(score.index).toBeCloseTo(Math.sqrt(Math.sqrt(101)) - 1, 12);
  });
});
