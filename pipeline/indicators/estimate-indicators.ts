// Stage 3, indicators: point estimates of every indicator for every year and group (SPEC §3.6,
// §4), with base n, "vet ikke" count, frame size, response rate and the change from the year
// before. Standard errors and intervals stay null until the variance estimators exist: an empty
// cell is honest, a made-up one is not.
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { YearDesign } from "../survey/types.js";
import { groupsOf } from "./groups.js";
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
  // Group membership and response rates depend on the year only: work them out once.
  const years = designs.map((design) => ({
    design,
    unitGroups: design.units.map(groupsOf),
    frameCounts: responseRatesByGroup(design),
  }));
  const rows: IndicatorEstimate[] = [];
  for (const definition of definitions)
    for (const year of years) {
      if (year.design.year < definition.firstYear) continue;
      const domains = collectDomains(definition, year.design, year.unitGroups);
      for (const group of GROUPS)
        rows.push(
          estimateOne(
            definition,
            year.design.year,
            group,
            domains.get(group)!,
            year.frameCounts.get(group),
          ),
        );
    }
  return withChangeFromYearBefore(rows, definitions);
}

/** The base of an indicator within each group: values and weights, plus the "vet ikke" count. */
interface Domain {
  values: number[];
  weights: number[];
  nVetIkke: number;
}

/** One pass over the units, each value added to every group the unit belongs to. */
function collectDomains(
  definition: IndicatorDefinition,
  design: YearDesign,
  unitGroups: readonly Group[][],
): Map<Group, Domain> {
  const domains = new Map<Group, Domain>(
    GROUPS.map((g) => [g, { values: [], weights: [], nVetIkke: 0 }]),
  );
  design.units.forEach((unit, i) => {
    const y = indicatorValue(definition, unit.respondent.values);
    const vetIkke = y === null && isNonSubstantiveAnswer(definition, unit.respondent.values);
    for (const group of unitGroups[i]!) {
      const domain = domains.get(group)!;
      if (y !== null) {
        domain.values.push(y);
        domain.weights.push(unit.weight);
      } else if (vetIkke) domain.nVetIkke++;
    }
  });
  return domains;
}

function estimateOne(
  definition: IndicatorDefinition,
  year: number,
  group: Group,
  domain: Domain,
  frameCounts: GroupCounts | undefined,
): IndicatorEstimate {
  const suppressed = domain.values.length < MIN_BASE_N;
  return {
    indicator: definition.id,
    year,
    group,
    estimate: suppressed ? null : (weightedMean(domain.values, domain.weights) ?? null),
    se: null,
    ciLow: null,
    ciHigh: null,
    df: null,
    n: domain.values.length,
    nVetIkke: domain.nVetIkke,
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
