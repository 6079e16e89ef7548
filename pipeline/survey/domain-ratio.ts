// A share or mean in a domain as a ratio of weighted totals, R̂ = Σ_D w·y / Σ_D w, with its
// Taylor-linearised variance (SPEC §5): z_i = w_i (y_i − R̂) / Σ_D w inside the domain and 0
// outside. The difference of two such ratios (this year − last year) is linearised the same
// way, z = z_this − z_last, and summed per PSU before the variance, so that an organisation
// answering both years is one cluster and the covariance between the years is accounted for.
import { stratifiedVariance, type StratumSample } from "./stratified-variance.js";

/** A unit in the domain: its stratum, its PSU (the unit itself, or its organisation across years). */
export interface DomainObservation {
  stratum: string;
  psu: string;
  weight: number;
  y: number;
}

/** Per stratum: the PSUs sampled, and the sampling fraction for the finite population correction. */
export type StratumSizes = ReadonlyMap<string, { n: number; fraction: number }>;

export interface RatioEstimate {
  estimate: number;
  variance: number;
  /** Units in the domain. */
  n: number;
  /** Degrees of freedom: PSUs in the domain − strata in the domain (R's degf of the subset). */
  df: number;
}

export function domainRatio(
  observations: readonly DomainObservation[],
  strata: StratumSizes,
): RatioEstimate | undefined {
  const linearised = linearise(observations, 1);
  if (!linearised) return undefined;
  return {
    estimate: linearised.estimate,
    variance: varianceOf([linearised], strata),
    n: observations.length,
    df: degreesOfFreedom(observations),
  };
}

export interface DifferenceEstimate {
  difference: number;
  variance: number;
  df: number;
}

/** `current` − `previous`, both domains of one design whose PSUs may appear in both. */
export function domainRatioDifference(
  current: readonly DomainObservation[],
  previous: readonly DomainObservation[],
  strata: StratumSizes,
): DifferenceEstimate | undefined {
  const now = linearise(current, 1);
  const before = linearise(previous, -1);
  if (!now || !before) return undefined;
  return {
    difference: now.estimate - before.estimate,
    variance: varianceOf([now, before], strata),
    df: degreesOfFreedom([...current, ...previous]),
  };
}

interface Linearised {
  estimate: number;
  observations: readonly DomainObservation[];
  z: number[];
}

function linearise(
  observations: readonly DomainObservation[],
  sign: 1 | -1,
): Linearised | undefined {
  let sumWeights = 0;
  let sumWeighted = 0;
  for (const o of observations) {
    sumWeights += o.weight;
    sumWeighted += o.weight * o.y;
  }
  if (observations.length === 0 || sumWeights <= 0) return undefined;
  const estimate = sumWeighted / sumWeights;
  const z = observations.map((o) => (sign * o.weight * (o.y - estimate)) / sumWeights);
  return { estimate, observations, z };
}

/** Sums z per PSU within each stratum, then the stratified variance of the PSU totals. */
function varianceOf(parts: readonly Linearised[], strata: StratumSizes): number {
  const totalsByStratum = new Map<string, Map<string, number>>();
  for (const { observations, z } of parts)
    observations.forEach((o, i) => {
      const totals = totalsByStratum.get(o.stratum) ?? new Map<string, number>();
      totals.set(o.psu, (totals.get(o.psu) ?? 0) + (z[i] ?? 0));
      totalsByStratum.set(o.stratum, totals);
    });
  const samples: StratumSample[] = [];
  for (const [stratum, totals] of totalsByStratum) {
    const size = strata.get(stratum);
    if (!size) throw new Error(`stratum "${stratum}" is not in the design`);
    samples.push({ n: size.n, fraction: size.fraction, totals: [...totals.values()] });
  }
  return stratifiedVariance(samples);
}

function degreesOfFreedom(observations: readonly DomainObservation[]): number {
  const psus = new Set(observations.map((o) => `${o.stratum}\u0000${o.psu}`));
  const strata = new Set(observations.map((o) => o.stratum));
  return psus.size - strata.size;
}
