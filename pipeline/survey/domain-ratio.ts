// A share or mean in a domain as a ratio of weighted totals, R̂ = Σ_D w·y / Σ_D w, with its
// Taylor-linearised variance (SPEC §5): z_i = w_i (y_i − R̂) / Σ_D w inside the domain and 0
// outside. The difference of two such ratios (this year − last year) is linearised the same
// way, z = z_this − z_last, and summed per PSU before the variance, so that an organisation
// answering both years is one cluster and the covariance between the years is accounted for.
import { stratifiedVariance, type StratumSample } from "./stratified-variance.js";

/**
 * A unit in the domain: its stratum, and its PSU (the unit itself, or its organisation across
 * years) as a number that identifies it within the design — numbers keep the hot loop cheap.
 */
export interface DomainObservation {
  stratum: string;
  psu: number;
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
  const totals = psuTotals([linearised]);
  return {
    estimate: linearised.estimate,
    variance: varianceOf(totals, strata),
    n: observations.length,
    df: degreesOfFreedom(totals),
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
  const totals = psuTotals([now, before]);
  return {
    difference: now.estimate - before.estimate,
    variance: varianceOf(totals, strata),
    df: degreesOfFreedom(totals),
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

/** z summed per PSU, by stratum: the PSUs of the domain with their linearised totals. */
type PsuTotals = Map<string, Map<number, number>>;

function psuTotals(parts: readonly Linearised[]): PsuTotals {
  const totalsByStratum: PsuTotals = new Map();
  for (const { observations, z } of parts) {
    let stratum: string | undefined;
    let totals: Map<number, number> | undefined;
    for (let i = 0; i < observations.length; i++) {
      const o = observations[i]!;
      // Observations come grouped by stratum, so the lookup is rarely needed.
      if (o.stratum !== stratum || !totals) {
        stratum = o.stratum;
        totals = totalsByStratum.get(stratum);
        if (!totals) totalsByStratum.set(stratum, (totals = new Map()));
      }
      totals.set(o.psu, (totals.get(o.psu) ?? 0) + z[i]!);
    }
  }
  return totalsByStratum;
}

function varianceOf(totalsByStratum: PsuTotals, strata: StratumSizes): number {
  const samples: StratumSample[] = [];
  for (const [stratum, totals] of totalsByStratum) {
    const size = strata.get(stratum);
    if (!size) throw new Error(`stratum "${stratum}" is not in the design`);
    samples.push({ n: size.n, fraction: size.fraction, totals: [...totals.values()] });
  }
  return stratifiedVariance(samples);
}

/** PSUs in the domain − strata in the domain: R's degf() of the domain's subset design. */
function degreesOfFreedom(totalsByStratum: PsuTotals): number {
  let psus = 0;
  for (const totals of totalsByStratum.values()) psus += totals.size;
  return psus - totalsByStratum.size;
}
