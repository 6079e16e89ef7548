// A share or mean in a domain as a ratio of weighted totals, R̂ = Σ_D w·y / Σ_D w, with its
// Taylor-linearised variance (SPEC §5): z_i = w_i (y_i − R̂) / Σ_D w inside the domain and 0
// outside. The difference of two such ratios (this year − last year) is linearised the same
// way, z = z_this − z_last, and summed per PSU before the variance, so that an organisation
// answering both years is one cluster and the covariance between the years is accounted for.
// With calibrated weights, each year's z is first replaced by its residuals from that year's
// calibration model (calibrated-variance.ts), which reach every unit of the year.
import { calibrationResiduals, type CalibrationFit } from "./calibrated-variance.js";
import { slotVariance, stratifiedVariance, type StratumSample } from "./stratified-variance.js";

/**
 * A unit in the domain: its stratum, and its PSU (the unit itself, or its organisation across
 * years) as a number that identifies it within the design — numbers keep the hot loop cheap.
 */
export interface DomainUnit {
  stratum: string;
  psu: number;
  weight: number;
  /** The unit's index among the year's units (what a calibration fit is indexed by). */
  unit: number;
}

/** A unit in the domain with its value. */
export interface DomainObservation extends DomainUnit {
  y: number;
}

/**
 * The domain as its units and their values, side by side. The units are the year's own objects,
 * shared by every indicator and group; only the values are new for each indicator. (An object
 * per unit, indicator and group was most of the garbage of a large build.)
 */
export interface DomainSample {
  units: readonly DomainUnit[];
  y: ArrayLike<number>;
}

/** The domain as given: a sample, or a list of observations (the form the tests write). */
const sampleOf = (domain: DomainSample | readonly DomainObservation[]): DomainSample =>
  "units" in domain ? domain : { units: domain, y: domain.map((o) => o.y) };

/**
 * With calibrated weights: the year's calibration, and each of its units' PSU as a slot of the
 * PSU layout of the estimate (calibrated residuals reach every unit, not only the domain's).
 */
export interface CalibratedYear {
  fit: CalibrationFit;
  /** By unit index, as the fit: the slot of the unit's PSU in the layout. */
  slots: Int32Array;
}

/** The PSUs of a design as numbered slots, grouped by stratum (every PSU of the design once). */
export interface PsuLayout {
  size: number;
  strata: ReadonlyArray<{ stratum: string; slots: Int32Array }>;
  /** By slot: the position of its stratum in `strata`. */
  slotStratum: Int32Array;
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

/**
 * A domain's ratio linearised: R̂, z, and with calibrated weights z's residuals from the year's
 * calibration (for every unit of the year). A year's estimate, its change from the year before
 * and its change to the year after all start from the same: a caller that asks for all three
 * makes it once (lineariseDomain) and hands it in. Undefined for an empty domain.
 */
export interface LinearisedDomain {
  estimate: number;
  z: Float64Array;
  /** With calibrated weights: the residuals of z from the year's calibration. */
  residuals: Float64Array | undefined;
}

/** `fit`: the domain's year's calibration, with calibrated weights. */
export function lineariseDomain(
  domain: DomainSample | readonly DomainObservation[],
  fit?: CalibrationFit,
): LinearisedDomain | undefined {
  const { units, y } = sampleOf(domain);
  let sumWeights = 0;
  let sumWeighted = 0;
  for (let i = 0; i < units.length; i++) {
    const weight = units[i]!.weight;
    sumWeights += weight;
    sumWeighted += weight * y[i]!;
  }
  if (units.length === 0 || sumWeights <= 0) return undefined;
  const estimate = sumWeighted / sumWeights;
  const z = new Float64Array(units.length);
  for (let i = 0; i < units.length; i++)
    z[i] = (units[i]!.weight * (y[i]! - estimate)) / sumWeights;
  return { estimate, z, residuals: fit && calibrationResiduals(fit, units, z) };
}

/**
 * `linearised`: the domain's lineariseDomain with the same calibration, when the caller made it
 * already.
 */
export function domainRatio(
  domain: DomainSample | readonly DomainObservation[],
  strata: StratumSizes,
  calibrated?: { layout: PsuLayout; year: CalibratedYear },
  linearised = lineariseDomain(domain, calibrated?.year.fit),
): RatioEstimate | undefined {
  if (!linearised) return undefined;
  const sample = sampleOf(domain);
  const n = sample.units.length;
  if (calibrated) {
    const { layout, year } = calibrated;
    const part: SlotPart = { z: residualsOf(linearised, sample, year), slots: year.slots, sign: 1 };
    return {
      estimate: linearised.estimate,
      variance: layoutVariance([part], layout, strata),
      n,
      df: layoutDegreesOfFreedom([[sample.units, year]], layout),
    };
  }
  const totals = psuTotals([{ units: sample.units, z: linearised.z, sign: 1 }]);
  return {
    estimate: linearised.estimate,
    variance: varianceOf(totals, strata),
    n,
    df: degreesOfFreedom(totals),
  };
}

export interface DifferenceEstimate {
  difference: number;
  variance: number;
  df: number;
}

/**
 * `current` − `previous`, both domains of one design whose PSUs may appear in both; with
 * calibrated weights, each year's own calibration. `linearised`: the two domains'
 * lineariseDomain with their years' calibrations, when the caller made them already.
 */
export function domainRatioDifference(
  currentDomain: DomainSample | readonly DomainObservation[],
  previousDomain: DomainSample | readonly DomainObservation[],
  strata: StratumSizes,
  calibrated?: { layout: PsuLayout; current: CalibratedYear; previous: CalibratedYear },
  linearised = {
    current: lineariseDomain(currentDomain, calibrated?.current.fit),
    previous: lineariseDomain(previousDomain, calibrated?.previous.fit),
  },
): DifferenceEstimate | undefined {
  const current = sampleOf(currentDomain);
  const previous = sampleOf(previousDomain);
  const { current: now, previous: before } = linearised;
  if (!now || !before) return undefined;
  const difference = now.estimate - before.estimate;
  // The previous year's z enter with a minus sign: subtracted below.
  if (calibrated) {
    const { layout } = calibrated;
    const parts: SlotPart[] = [
      {
        z: residualsOf(now, current, calibrated.current),
        slots: calibrated.current.slots,
        sign: 1,
      },
      {
        z: residualsOf(before, previous, calibrated.previous),
        slots: calibrated.previous.slots,
        sign: -1,
      },
    ];
    return {
      difference,
      variance: layoutVariance(parts, layout, strata),
      df: layoutDegreesOfFreedom(
        [
          [current.units, calibrated.current],
          [previous.units, calibrated.previous],
        ],
        layout,
      ),
    };
  }
  const totals = psuTotals([
    { units: current.units, z: now.z, sign: 1 },
    { units: previous.units, z: before.z, sign: -1 },
  ]);
  return { difference, variance: varianceOf(totals, strata), df: degreesOfFreedom(totals) };
}

/** The residuals of z from the year's calibration model, for every unit of the year. */
function residualsOf(
  linearised: LinearisedDomain,
  { units }: DomainSample,
  year: CalibratedYear,
): Float64Array {
  return linearised.residuals ?? calibrationResiduals(year.fit, units, linearised.z);
}

/** One year's residuals, added to their PSUs' totals (sign 1) or subtracted (the year before). */
interface SlotPart {
  z: Float64Array;
  slots: Int32Array;
  sign: 1 | -1;
}

/** Σ_h of the stratified variance of the PSU totals of every unit's residual. */
function layoutVariance(
  parts: readonly SlotPart[],
  layout: PsuLayout,
  strata: StratumSizes,
): number {
  const totals = new Float64Array(layout.size);
  for (const { z, slots, sign } of parts)
    if (sign === 1) for (let i = 0; i < z.length; i++) totals[slots[i]!]! += z[i]!;
    else for (let i = 0; i < z.length; i++) totals[slots[i]!]! -= z[i]!;
  return slotVariance(
    layout.strata.map(({ stratum, slots }) => {
      const size = strata.get(stratum);
      if (!size) throw new Error(`stratum "${stratum}" is not in the design`);
      return { n: size.n, fraction: size.fraction, slots };
    }),
    totals,
  );
}

/**
 * PSUs in the domain − strata in the domain, both counted by the units' slots (a slot is one
 * stratum's PSU), without a string lookup per unit.
 */
function layoutDegreesOfFreedom(
  parts: ReadonlyArray<readonly [readonly DomainUnit[], CalibratedYear]>,
  layout: PsuLayout,
): number {
  const seen = new Uint8Array(layout.size);
  const stratumSeen = new Uint8Array(layout.strata.length);
  let psus = 0;
  let strata = 0;
  for (const [units, year] of parts)
    for (const o of units) {
      const slot = year.slots[o.unit]!;
      if (seen[slot]) continue;
      seen[slot] = 1;
      psus++;
      const stratum = layout.slotStratum[slot]!;
      if (!stratumSeen[stratum]) {
        stratumSeen[stratum] = 1;
        strata++;
      }
    }
  return psus - strata;
}

/** z summed per PSU, by stratum: the PSUs of the domain with their linearised totals. */
type PsuTotals = Map<string, Map<number, number>>;

function psuTotals(
  parts: ReadonlyArray<{ units: readonly DomainUnit[]; z: Float64Array; sign: 1 | -1 }>,
): PsuTotals {
  const totalsByStratum: PsuTotals = new Map();
  for (const { units, z, sign } of parts) {
    let stratum: string | undefined;
    let totals: Map<number, number> | undefined;
    for (let i = 0; i < units.length; i++) {
      const o = units[i]!;
      // Observations come grouped by stratum, so the lookup is rarely needed.
      if (o.stratum !== stratum || !totals) {
        stratum = o.stratum;
        totals = totalsByStratum.get(stratum);
        if (!totals) totalsByStratum.set(stratum, (totals = new Map()));
      }
      const total = totals.get(o.psu) ?? 0;
      totals.set(o.psu, sign === 1 ? total + z[i]! : total - z[i]!);
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
