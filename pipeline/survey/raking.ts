// Raking: design weights d_i multiplied by g_i = exp(x_iᵀλ) so that the weighted count of every
// calibration cell equals its population total, Σ_i d_i g_i x_i = T — the solution R's
// `calibrate(design, formula, population, calfun = "raking")` finds (and `rake()` approaches
// by iterative proportional fitting). x_i is the unit's row of a 0/1 model matrix: the cells
// it belongs to. λ is found by Newton's method on the convex dual
//   F(λ) = Σ_i d_i exp(x_iᵀλ) − Tᵀλ,
// whose gradient is the misfit of the totals and whose Hessian is Σ_i d_i g_i x_i x_iᵀ, with
// the step halved while it does not lower F. The solution is unique, so any method that
// converges gets the same weights; we iterate until every total is met to 1e-13 (relative).
import { cholesky, choleskySolve } from "./cholesky.js";

export interface RakingProblem {
  /** d_i: the design weight of each unit. */
  designWeights: readonly number[];
  /** x_i: for each unit, the columns of the model matrix (calibration cells) it belongs to. */
  cells: readonly (readonly number[])[];
  /** T: the population total of each column. */
  totals: readonly number[];
}

export interface RakingResult {
  /** g_i: each unit's calibration factor. */
  g: Float64Array;
  /** d_i g_i: the calibrated weights. */
  weights: Float64Array;
  /** Newton steps taken. */
  iterations: number;
}

export const RAKING_TOLERANCE = 1e-13;
/** Where a raking that no longer converges is taken as converged (rounding, not the model). */
const STALL_TOLERANCE = 1e-9;
const MAX_ITERATIONS = 100;

/** The raked weights; undefined when the totals cannot be met (the model is singular or infeasible). */
export function rake(problem: RakingProblem): RakingResult | undefined {
  const { designWeights, cells, totals } = problem;
  const p = totals.length;
  let lambda = new Float64Array(p);
  let g = factors(cells, lambda);
  let dual = dualValue(designWeights, g, totals, lambda);
  let previousMisfit = Infinity;
  for (let iteration = 0; iteration <= MAX_ITERATIONS; iteration++) {
    const { achieved, hessian } = weightedTotals(designWeights, cells, g, p);
    const misfit = totals.map((t, c) => t - achieved[c]!);
    const worst = Math.max(...misfit.map((m, c) => Math.abs(m) / (1 + Math.abs(totals[c]!))));
    // Met, or as close as sums of this many weights can say: with tens of thousands of units
    // rounding alone stays above 1e-13, and Newton's steps stop gaining.
    const atRoundingFloor = worst < STALL_TOLERANCE && worst >= previousMisfit / 2;
    previousMisfit = worst;
    if (worst < RAKING_TOLERANCE || atRoundingFloor) {
      const weights = Float64Array.from(designWeights, (d, i) => d * g[i]!);
      return { g, weights, iterations: iteration };
    }
    const factor = cholesky(hessian, p);
    if (!factor) return undefined;
    const step = choleskySolve(factor, misfit);
    // Newton's step, halved until the dual falls (it always does near the solution, where
    // the fall is below rounding: hence the slack).
    const slack = 1e-12 * (1 + Math.abs(dual));
    let scale = 1;
    for (let halvings = 0; ; halvings++) {
      const candidate = lambda.map((l, c) => l + scale * step[c]!);
      const candidateG = factors(cells, candidate);
      const candidateDual = dualValue(designWeights, candidateG, totals, candidate);
      if (candidateDual <= dual + slack || halvings >= 40) {
        if (!Number.isFinite(candidateDual)) return undefined;
        lambda = candidate;
        g = candidateG;
        dual = candidateDual;
        break;
      }
      scale /= 2;
    }
  }
  return undefined;
}

function factors(cells: readonly (readonly number[])[], lambda: Float64Array): Float64Array {
  return Float64Array.from(cells, (row) => {
    let eta = 0;
    for (const c of row) eta += lambda[c]!;
    return Math.exp(eta);
  });
}

function dualValue(
  designWeights: readonly number[],
  g: Float64Array,
  totals: readonly number[],
  lambda: Float64Array,
): number {
  let value = 0;
  for (let i = 0; i < g.length; i++) value += designWeights[i]! * g[i]!;
  for (let c = 0; c < totals.length; c++) value -= totals[c]! * lambda[c]!;
  return value;
}

/** Σ d g x (the totals the weights give) and Σ d g x xᵀ (the Hessian of the dual). */
function weightedTotals(
  designWeights: readonly number[],
  cells: readonly (readonly number[])[],
  g: Float64Array,
  p: number,
): { achieved: Float64Array; hessian: Float64Array } {
  const achieved = new Float64Array(p);
  const hessian = new Float64Array(p * p);
  cells.forEach((row, i) => {
    const w = designWeights[i]! * g[i]!;
    for (const a of row) {
      achieved[a]! += w;
      for (const b of row) hessian[a * p + b]! += w;
    }
  });
  return { achieved, hessian };
}
