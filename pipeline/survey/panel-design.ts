// The designs the variance estimators need, as PSUs and sampling fractions per stratum.
// One year: every complete respondent is its own PSU, sampled with fraction n_h / N_h
// (R: svydesign(ids = ~1, strata = ~stratum, fpc = ~N_stratum)).
// Two consecutive years, for changes: the organisation followed across years (panel_id, linked
// through the 2020 crosswalk) is the PSU, so that an organisation answering both years is one
// cluster and the covariance between the years is counted. The finite population correction
// stays that of the organisations, (n⁰_h + n¹_h) / (N⁰_h + N¹_h): the panel clusters are not
// what was sampled, and after the 2020 mergers nearly every one of them holds a respondent,
// which would otherwise make a cluster-level correction claim a census
// (R: svydesign(ids = ~panel_id, strata = ~stratum, fpc = ~fraction, nest = TRUE)).
import type { PsuLayout, StratumSizes } from "./domain-ratio.js";
import type { YearDesign } from "./types.js";

export function yearStrata(design: YearDesign): StratumSizes {
  return new Map(
    design.strata.map((s) => [
      s.stratum,
      { n: s.complete, fraction: s.N > 0 ? s.complete / s.N : 1 },
    ]),
  );
}

export interface PanelDesign {
  previousYear: number;
  year: number;
  strata: StratumSizes;
}

export function panelDesign(previous: YearDesign, current: YearDesign): PanelDesign {
  const clusters = new Map<string, Set<string>>();
  const sampled = new Map<string, number>();
  const population = new Map<string, number>();
  for (const design of [previous, current]) {
    for (const unit of design.units)
      clusters.set(unit.stratum, (clusters.get(unit.stratum) ?? new Set()).add(unit.panelId));
    for (const s of design.strata) {
      sampled.set(s.stratum, (sampled.get(s.stratum) ?? 0) + s.complete);
      population.set(s.stratum, (population.get(s.stratum) ?? 0) + s.N);
    }
  }
  const strata = new Map(
    [...population].map(([stratum, N]) => [
      stratum,
      {
        n: clusters.get(stratum)?.size ?? 0,
        fraction: N > 0 ? (sampled.get(stratum) ?? 0) / N : 1,
      },
    ]),
  );
  return { previousYear: previous.year, year: current.year, strata };
}

/**
 * The PSUs of the units of one or more years, as slots of one layout: a unit's PSU is its
 * (stratum, psu) pair, the same slot in every year (the calibrated variance adds residuals per
 * slot). Returns each year's slots by unit.
 */
export function psuLayout(years: ReadonlyArray<ReadonlyArray<{ stratum: string; psu: number }>>): {
  layout: PsuLayout;
  slots: Int32Array[];
} {
  const slotOf = new Map<string, Map<number, number>>();
  const byStratum = new Map<string, number[]>();
  let size = 0;
  const slots = years.map((units) =>
    Int32Array.from(units, ({ stratum, psu }) => {
      let psus = slotOf.get(stratum);
      if (!psus) slotOf.set(stratum, (psus = new Map()));
      let slot = psus.get(psu);
      if (slot === undefined) {
        psus.set(psu, (slot = size++));
        const list = byStratum.get(stratum);
        if (list) list.push(slot);
        else byStratum.set(stratum, [slot]);
      }
      return slot;
    }),
  );
  const strata = [...byStratum].map(([stratum, list]) => ({
    stratum,
    slots: Int32Array.from(list),
  }));
  const slotStratum = new Int32Array(size);
  strata.forEach(({ slots: own }, h) => own.forEach((slot) => (slotStratum[slot] = h)));
  return { layout: { size, strata, slotStratum }, slots };
}
