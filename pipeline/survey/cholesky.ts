// Symmetric positive definite systems A x = b by Cholesky factorisation (A = L Lᵀ), for the
// small matrices of calibration (one row and column per calibration cell, a few dozen at most).
// Matrices are square, row-major Float64Arrays.

export interface Cholesky {
  size: number;
  /** L, lower triangular, row-major (the upper triangle is zero). */
  lower: Float64Array;
}

/**
 * L with A = L Lᵀ; undefined when A is not (numerically) positive definite — for a calibration
 * model, when its cells are linearly dependent over the respondents (a cell without respondents,
 * or margins that cross in no respondent).
 */
export function cholesky(matrix: Float64Array, size: number): Cholesky | undefined {
  const lower = new Float64Array(size * size);
  let largestDiagonal = 0;
  for (let i = 0; i < size; i++) largestDiagonal = Math.max(largestDiagonal, matrix[i * size + i]!);
  const tolerance = largestDiagonal * size * 1e-12;
  for (let j = 0; j < size; j++) {
    let diagonal = matrix[j * size + j]!;
    for (let k = 0; k < j; k++) diagonal -= lower[j * size + k]! ** 2;
    if (!(diagonal > tolerance)) return undefined;
    const pivot = Math.sqrt(diagonal);
    lower[j * size + j] = pivot;
    for (let i = j + 1; i < size; i++) {
      let sum = matrix[i * size + j]!;
      for (let k = 0; k < j; k++) sum -= lower[i * size + k]! * lower[j * size + k]!;
      lower[i * size + j] = sum / pivot;
    }
  }
  return { size, lower };
}

/** x with L Lᵀ x = b. */
export function choleskySolve({ size, lower }: Cholesky, b: ArrayLike<number>): Float64Array {
  const y = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= lower[i * size + k]! * y[k]!;
    y[i] = sum / lower[i * size + i]!;
  }
  const x = new Float64Array(size);
  for (let i = size - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < size; k++) sum -= lower[k * size + i]! * x[k]!;
    x[i] = sum / lower[i * size + i]!;
  }
  return x;
}
