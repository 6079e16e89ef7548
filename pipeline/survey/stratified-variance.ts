// The variance of a linearised statistic under stratified sampling without replacement
// (SPEC §5), as R's survey package computes it for svydesign(ids, strata, fpc):
//   V = Σ_h (1 − f_h) · n_h/(n_h − 1) · Σ_{c ∈ h} (z_c − z̄_h)²
// where c runs over all n_h sampled PSUs of stratum h — those outside the domain count with
// z_c = 0, which is what keeps a domain estimate's variance honest — and f_h is the sampling
// fraction of the stratum (n_h / N_h for one year's respondents).

export interface StratumSample {
  /** PSUs sampled in the stratum: all of them, also those outside the domain. */
  n: number;
  /** Sampling fraction f_h of the stratum, for the finite population correction 1 − f_h. */
  fraction: number;
  /** Linearised totals of the PSUs in the domain; the other n − totals.length PSUs are zero. */
  totals: readonly number[];
}

export function stratifiedVariance(strata: Iterable<StratumSample>): number {
  let variance = 0;
  for (const stratum of strata) variance += stratumVariance(stratum);
  return variance;
}

function stratumVariance({ n, fraction, totals }: StratumSample): number {
  // A census stratum (f = 1) adds nothing; a single PSU gives no estimate of spread, and R's
  // survey package would stop there — our strata are never that small, so count it as zero.
  const finitePopulationCorrection = 1 - fraction;
  if (n < 2 || finitePopulationCorrection <= 0) return 0;
  let sum = 0;
  for (const total of totals) sum += total;
  const mean = sum / n;
  // Two passes (centre, then square) rather than Σz² − (Σz)²/n, to keep every digit.
  let squares = (n - totals.length) * mean * mean;
  for (const total of totals) squares += (total - mean) ** 2;
  return ((finitePopulationCorrection * n) / (n - 1)) * squares;
}

/**
 * The same variance for PSU totals kept in one array for every stratum: `totals[slot]` for the
 * slots of each stratum (every PSU of the stratum has a slot, so no zeros are implied).
 */
export function slotVariance(
  strata: Iterable<{ n: number; fraction: number; slots: Int32Array }>,
  totals: Float64Array,
): number {
  let variance = 0;
  for (const { n, fraction, slots } of strata) {
    const finitePopulationCorrection = 1 - fraction;
    if (n < 2 || finitePopulationCorrection <= 0) continue;
    let sum = 0;
    for (let k = 0; k < slots.length; k++) sum += totals[slots[k]!]!;
    const mean = sum / n;
    let squares = (n - slots.length) * mean * mean;
    for (let k = 0; k < slots.length; k++) squares += (totals[slots[k]!]! - mean) ** 2;
    variance += ((finitePopulationCorrection * n) / (n - 1)) * squares;
  }
  return variance;
}
