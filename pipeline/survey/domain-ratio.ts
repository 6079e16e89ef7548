// A share or mean in a domain as a ratio of weighted totals, R̂ = Σ_D w·y / Σ_D w, with its
// Taylor-linearised variance (SPEC §5): z_i = w_i (y_i − R̂) / Σ_D w inside the domain and 0
// outside. The difference of two such ratios (this year − last year) is linearised the same
// way, z = z_this − z_last, and summed per PSU before the variance, so that an organisation
// answering both years is one cluster and the covariance between the years is accounted for.
// With calibrated weights, each year's z is first replaced by its residuals from that year's
// calibration model (calibrated-variance.ts), which reach every unit of the year.
import { calibrationResiduals, type CalibrationFit } from "./calibrated-variance.js";
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
  /** The unit's index among the year's units (what a calibration fit is indexed by). */
  unit: number;
}

/** The calibration of the year the observations come from, and every unit's stratum and PSU. */
export interface Calibration {
  fit: CalibrationFit;
  units: ReadonlyArray<{ stratum: string; psu: number }>;
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
  calibration?: Calibration,
): RatioEstimate | undefined {
  const linearised = linearise(observations, 1, calibration);
  if (!linearised) return undefined;
  return {
    estimate: linearised.estimate,
    variance: varianceOf(psuTotals([linearised]), strata),
    n: observations.length,
    df: degreesOfFreedom([observations]),
  };
}

export interface DifferenceEstimate {
  difference: number;
  variance: number;
  df: number;
}

/**
 * `current` − `previous`, both domains of one design whose PSUs may appear in both; with
 * calibrated weights, each year's own calibration.
 */
export function domainRatioDifference(
  current: readonly DomainObservation[],
  previous: readonly DomainObservation[],
  strata: StratumSizes,
  calibrations: { current?: Calibration; previous?: Calibration } = {},
): DifferenceEstimate | undefined {
  const now = linearise(current, 1, calibrations.current);
  const before = linearise(previous, -1, calibrations.previous);
  if (!now || !before) return undefined;
  return {
    difference: now.estimate - before.estimate,
    variance: varianceOf(psuTotals([now, before]), strata),
    df: degreesOfFreedom([current, previous]),
  };
}

/** The linearised values of one year's ratio, by stratum and PSU. */
interface Linearised {
  estimate: number;
  strata: ArrayLike<string>;
  psus: ArrayLike<number>;
  z: ArrayLike<number>;
}

function linearise(
  observations: readonly DomainObservation[],
  sign: 1 | -1,
  calibration: Calibration | undefined,
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
  if (!calibration)
    return {
      estimate,
      strata: observations.map((o) => o.stratum),
      psus: observations.map((o) => o.psu),
      z,
    };
  const residuals = calibrationResiduals(
    calibration.fit,
    observations.map((o) => o.unit),
    z,
  );
  return {
    estimate,
    strata: calibration.units.map((u) => u.stratum),
    psus: calibration.units.map((u) => u.psu),
    z: residuals,
  };
}

/** z summed per PSU, by stratum: the PSUs of the domain with their linearised totals. */
type PsuTotals = Map<string, Map<number, number>>;

function psuTotals(parts: readonly Linearised[]): PsuTotals {
  const totalsByStratum: PsuTotals = new Map();
  for (const { strata, psus, z } of parts) {
    let stratum: string | undefined;
    let totals: Map<number, number> | undefined;
    for (let i = 0; i < z.length; i++) {
      // Units come grouped by stratum, so the lookup is rarely needed.
      if (strata[i] !== stratum || !totals) {
        stratum = strata[i]!;
        totals = totalsByStratum.get(stratum);
        if (!totals) totalsByStratum.set(stratum, (totals = new Map()));
      }
      const psu = psus[i]!;
      totals.set(psu, (totals.get(psu) ?? 0) + z[i]!);
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
function degreesOfFreedom(parts: ReadonlyArray<readonly DomainObservation[]>): number {
  const psusByStratum = new Map<string, Set<number>>();
  for (const observations of parts)
    for (const o of observations) {
      let psus = psusByStratum.get(o.stratum);
      if (!psus) psusByStratum.set(o.stratum, (psus = new Set()));
      psus.add(o.psu);
    }
  let psus = 0;
  for (const set of psusByStratum.values()) psus += set.size;
  return psus - psusByStratum.size;
}
