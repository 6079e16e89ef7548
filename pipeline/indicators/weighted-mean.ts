// The weighted mean Σ w·y / Σ w: the Hájek estimator of a share or mean in a domain.
// Empty input (or zero total weight) gives undefined, not NaN and not a throw.

export function weightedMean(
  values: readonly number[],
  weights: readonly number[],
): number | undefined {
  let sumWeights = 0;
  let sumWeighted = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i] ?? 0;
    sumWeights += w;
    sumWeighted += w * (values[i] ?? 0);
  }
  return sumWeights > 0 ? sumWeighted / sumWeights : undefined;
}
