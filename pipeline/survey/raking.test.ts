// Raking on a table small enough to read: two margins (A, B) of two categories each, one unit
// per cell carrying the cell's design weight. R's answer in the comment of each test.
import { describe, expect, test } from "vitest";
import { rake, RAKING_TOLERANCE, type RakingProblem } from "./raking.js";

// Cells (A1,B1) (A1,B2) (A2,B1) (A2,B2) with design weights 10, 20, 20, 10; model columns
// A1, A2, B1 (B2 = A1 + A2 − B1 is implied); totals A 60/40, B 50/50.
const table: RakingProblem = {
  designWeights: [10, 20, 20, 10],
  cells: [[0, 2], [0], [1, 2], [1]],
  totals: [60, 40, 50],
};

describe("rake", () => {
  test("gives R's calibrate(calfun = 'raking') weights on a 2 × 2 table", () => {
    // calibrate(svydesign(ids = ~1, weights = ~w, data = df), ~0 + a1 + a2 + b1,
    //           c(a1 = 60, a2 = 40, b1 = 50), calfun = "raking", epsilon = 1e-14)
    const raked = rake(table)!;
    const r = [22.039580693594473, 37.960419306405527, 27.96041930640552, 12.039580693594473];
    raked.weights.forEach((w, i) => expect(w).toBeCloseTo(r[i]!, 12));
  });

  test("reproduces every margin's total, the implied B2 too", () => {
    const [a1b1, a1b2, a2b1, a2b2] = rake(table)!.weights as unknown as number[];
    const close = (x: number, total: number) =>
      expect(Math.abs(x - total) / (1 + total)).toBeLessThan(RAKING_TOLERANCE);
    close(a1b1! + a1b2!, 60);
    close(a2b1! + a2b2!, 40);
    close(a1b1! + a2b1!, 50);
    close(a1b2! + a2b2!, 50);
  });

  test("is multiplicative: each weight is d · exp(λ_A + λ_B), so the odds ratio of g is 1", () => {
    const [g11, g12, g21, g22] = rake(table)!.g as unknown as number[];
    expect((g11! * g22!) / (g12! * g21!)).toBeCloseTo(1, 13);
  });

  test("leaves weights that already meet the totals alone", () => {
    const raked = rake({ designWeights: [2, 2, 3], cells: [[0], [0], [1]], totals: [4, 3] })!;
    expect([...raked.g]).toEqual([1, 1, 1]);
    expect(raked.iterations).toBe(0);
  });

  test("post-stratifies when the margins do not cross: g = N_c / Σ_c d", () => {
    const raked = rake({
      designWeights: [1, 1, 1, 2],
      cells: [[0], [0], [0], [1]],
      totals: [6, 5],
    })!;
    expect([...raked.g].map((g) => +g.toFixed(12))).toEqual([2, 2, 2, 2.5]);
  });

  test("has no answer when a cell with a population total has no respondents", () => {
    expect(rake({ designWeights: [1, 1], cells: [[0], [0]], totals: [4, 3] })).toBeUndefined();
  });

  test("has no answer when the totals contradict each other", () => {
    // Every unit is in both columns, whose totals differ.
    expect(
      rake({
        designWeights: [1, 1],
        cells: [
          [0, 1],
          [0, 1],
        ],
        totals: [4, 3],
      }),
    ).toBeUndefined();
  });
});
