import { describe, expect, test } from "vitest";
import { benjaminiHochberg, summariseFamily } from "./multiple-testing.js";

describe("benjaminiHochberg", () => {
  test("is R's p.adjust(method = 'BH'), in the order given", () => {
    // p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04), "BH")
    const adjusted = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.2, 0.04]);
    const r = [0.03, 0.048, 0.048, 0.03, 0.2, 0.048];
    adjusted.forEach((p, i) => expect(p).toBeCloseTo(r[i]!, 16));
  });

  test("one test is its own family: nothing to adjust", () => {
    expect(benjaminiHochberg([0.03])).toEqual([0.03]);
  });

  test("never exceeds 1 and never falls below the raw p-value", () => {
    const raw = [0.9, 0.95, 0.99, 0.5];
    const adjusted = benjaminiHochberg(raw);
    adjusted.forEach((p, i) => {
      expect(p).toBeLessThanOrEqual(1);
      expect(p).toBeGreaterThanOrEqual(raw[i]!);
    });
  });

  test("twenty tests at p = 0,04 stay significant together; one among nineteen nulls does not", () => {
    expect(benjaminiHochberg(Array(20).fill(0.04)).every((p) => p < 0.05)).toBe(true);
    const [first] = benjaminiHochberg([0.04, ...Array(19).fill(0.9)]);
    expect(first).toBeCloseTo(0.8, 15);
  });

  test("an empty family adjusts nothing", () => {
    expect(benjaminiHochberg([])).toEqual([]);
  });
});

describe("summariseFamily", () => {
  test("counts the tests, those under 5 % before adjustment and those after", () => {
    const raw = [0.01, 0.04, 0.03, 0.005, 0.2, 0.04];
    const adjusted = benjaminiHochberg(raw);
    expect(
      summariseFamily(
        "changes",
        raw.map((pValue, i) => ({ pValue, pAdjusted: adjusted[i]! })),
      ),
    ).toEqual({ family: "changes", tested: 6, unadjusted: 5, significant: 5 });
  });
});
