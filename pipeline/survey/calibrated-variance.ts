// The variance of an estimator under calibrated weights, as R's survey package computes it for a
// design made by `calibrate()` (survey:::svyrecvar with the design's "greg_calibration"
// postStrata, stage 0): the linearised values u_i of the estimator (z_i = w_i (y_i − R̂) / Σ_D w
// for a ratio, zero outside its domain) are replaced by their residuals from the calibration
// model, fitted by least squares with the design weights d_i:
//   e_i = u_i / w_i,   B = (Σ_i d_i x_i x_iᵀ)⁻¹ Σ_i d_i x_i e_i,   r_i = w_i (e_i − x_iᵀB)
// (R: qr.resid(qr(X·√d), u / (g·√d)) · g·√d, the same numbers). Every unit of the year gets a
// residual, also those outside the domain (r_i = −w_i x_iᵀB): calibration ties each domain to
// the cells it shares with the rest of the sample. The residuals then go into the stratified
// variance in place of u.
import { cholesky, choleskySolve, type Cholesky } from "./cholesky.js";

export interface CalibrationFit {
  /**
   * x_i: for each unit of the year, the model columns (calibration cells) it is in, all in one
   * flat list: unit i's from `columnStart[i]` up to `columnStart[i + 1]`. The residuals visit
   * every unit of the year for every estimate; plain loops over typed arrays keep that cheap.
   */
  columnStart: Int32Array;
  columnList: Int32Array;
  /** g_i = w_i / d_i. */
  g: Float64Array;
  /** w_i: the calibrated weights. */
  weights: Float64Array;
  /** Cholesky factor of Σ_i d_i x_i x_iᵀ (design weights). */
  factor: Cholesky;
}

/** The fit the residuals need; undefined when the model's columns are linearly dependent. */
export function calibrationFit(
  designWeights: readonly number[],
  columns: readonly (readonly number[])[],
  weights: Float64Array,
  size: number,
): CalibrationFit | undefined {
  const crossProduct = new Float64Array(size * size);
  columns.forEach((row, i) => {
    const d = designWeights[i]!;
    for (const a of row) for (const b of row) crossProduct[a * size + b]! += d;
  });
  const factor = cholesky(crossProduct, size);
  if (!factor) return undefined;
  const g = Float64Array.from(weights, (w, i) => w / designWeights[i]!);
  const columnStart = new Int32Array(columns.length + 1);
  columns.forEach((row, i) => (columnStart[i + 1] = columnStart[i]! + row.length));
  const columnList = Int32Array.from(columns.flat());
  return { columnStart, columnList, g, weights, factor };
}

/**
 * r_i for every unit of the year, given the estimator's linearised values `u` at the units
 * `units` (by their index among the year's units; every other unit has u = 0).
 */
export function calibrationResiduals(
  fit: CalibrationFit,
  units: ReadonlyArray<{ unit: number }>,
  u: ArrayLike<number>,
): Float64Array {
  const { columnStart, columnList, g, weights, factor } = fit;
  // Σ_i d_i x_i e_i = Σ_i x_i u_i / g_i, over the units with u ≠ 0.
  const moments = new Float64Array(factor.size);
  for (let k = 0; k < units.length; k++) {
    const unit = units[k]!.unit;
    const value = u[k]! / g[unit]!;
    for (let j = columnStart[unit]!; j < columnStart[unit + 1]!; j++)
      moments[columnList[j]!]! += value;
  }
  const coefficients = choleskySolve(factor, moments);
  const residuals = new Float64Array(weights.length);
  for (let i = 0; i < residuals.length; i++) {
    let fitted = 0;
    for (let j = columnStart[i]!; j < columnStart[i + 1]!; j++)
      fitted += coefficients[columnList[j]!]!;
    residuals[i] = -weights[i]! * fitted;
  }
  for (let k = 0; k < units.length; k++) residuals[units[k]!.unit]! += u[k]!;
  return residuals;
}
