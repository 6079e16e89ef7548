import { describe, expect, test } from "vitest";
import { criticalValue, logitInterval, tInterval, twoSidedPValue } from "./intervals.js";

describe("t distribution (checked against R)", () => {
  test("qt(0.975, df)", () => {
    expect(criticalValue(10)).toBeCloseTo(2.2281388519862739, 14);
    expect(criticalValue(1)).toBeCloseTo(12.706204736174694, 12);
  });
  test("no quantile without degrees of freedom", () => {
    expect(criticalValue(0)).toBeUndefined();
  });
  test("2 * pt(-2.5, 30)", () => {
    expect(twoSidedPValue(2.5, 1, 30)).toBeCloseTo(0.018115649068066706, 15);
  });
  test("no p-value when the standard error is 0", () => {
    expect(twoSidedPValue(0, 0, 30)).toBeUndefined();
  });
});

describe("intervals", () => {
  test("a logit interval is asymmetric and never leaves [0, 1]", () => {
    const [low, high] = logitInterval(0.02, 0.05, 20)!;
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThan(1);
    expect(0.02 - low).toBeLessThan(high - 0.02);
  });
  test("a mean's interval is mean ± t·se", () => {
    const [low, high] = tInterval(3, 0.1, 10)!;
    expect(high - 3).toBeCloseTo(3 - low, 14);
    expect(high - 3).toBeCloseTo(0.2228138851986274, 14);
  });
});
