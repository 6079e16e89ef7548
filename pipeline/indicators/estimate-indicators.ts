// Stage 3, indicators: point estimates of every indicator for every year and group (SPEC §3.6,
// §4), with base n, "vet ikke" count, frame size, response rate and the change from the year
// before. Standard errors and intervals stay null until the variance estimators exist: an empty
// cell is honest, a made-up one is not.
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { YearDesign } from "../survey/types.js";
import { groupsOf, isInGroup } from "./groups.js";
import { indicatorValue, isNonSubstantiveAnswer } from "./indicator-value.js";
import { weightedMean } from "./weighted-mean.js";
import { withChangeFromYearBefore } from "./change.js";
import { GROUPS, type Group, type IndicatorEstimate } from "./types.js";

/** Estimates with a base smaller than this are suppressed (SPEC §5). */
export const MIN_BASE_N = 5;

export function estimateIndicators(
  designs: readonly YearDesign[],
  definitions: readonly IndicatorDefinition[],
): IndicatorEstimate[] {
  const rows: IndicatorEstimate[] = [];
  for (const definition of definitions)
    for (const design of designs) {
      if (design.year < definition.firstYear) continue;
      const responseRates = responseRatesByGroup(design);
      for (const group of GROUPS)
        rows.push(estimateOne(definition, design, group, responseRates.get(group)));
    }
  return withChangeFromYearBefore(rows, definitions);
}

function estimateOne(
  definition: IndicatorDefinition,
  design: YearDesign,
  group: Group,
  frameCounts: GroupCounts | undefined,
): IndicatorEstimate {
  const values: number[] = [];
  const weights: number[] = [];
  let nVetIkke = 0;
  for (const unit of design.units) {
    if (!isInGroup(unit, group)) continue;
    const y = indicatorValue(definition, unit.respondent.values);
    if (y !== null) {
      values.push(y);
      weights.push(unit.weight);
    } else if (isNonSubstantiveAnswer(definition, unit.respondent.values)) nVetIkke++;
  }
  const suppressed = values.length < MIN_BASE_N;
  return {
    indicator: definition.id,
    year: design.year,
    group,
    estimate: suppressed ? null : (weightedMean(values, weights) ?? null),
    se: null,
    ciLow: null,
    ciHigh: null,
    df: null,
    n: values.length,
    nVetIkke,
    N: frameCounts?.N ?? 0,
    responseRate: frameCounts && frameCounts.N > 0 ? frameCounts.responded / frameCounts.N : 0,
    suppressed,
    changePp: null,
    changeRel: null,
    changeSe: null,
    pValue: null,
  };
}

interface GroupCounts {
  N: number;
  /** Complete and partial respondents. */
  responded: number;
}

function responseRatesByGroup(design: YearDesign): Map<Group, GroupCounts> {
  const counts = new Map<Group, GroupCounts>(GROUPS.map((g) => [g, { N: 0, responded: 0 }]));
  const frameById = new Map(design.frame.map((org) => [org.id, org]));
  for (const org of design.frame) for (const g of groupsOf(org)) counts.get(g)!.N++;
  const responded = [...design.units.map((u) => u.id), ...design.partial.map((r) => r.id)];
  for (const id of responded) {
    const org = frameById.get(id);
    if (org) for (const g of groupsOf(org)) counts.get(g)!.responded++;
  }
  return counts;
}
