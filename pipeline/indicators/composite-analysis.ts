// The report year's analysis of the composite index, for the chapter and its appendix: the
// checks of its dimensions (composite-reliability.ts) and the sensitivity of each group's score
// and rank to the choices behind it (composite-sensitivity.ts). The index's estimates with SE
// and interval come from estimateIndicators, like every other indicator's.
import type { YearDesign } from "../survey/types.js";
import { indicatorAskedIn, type IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { CompositeFramework } from "../templates/composite-framework.js";
import { organisationScore } from "./composite-score.js";
import { compositeChecks, type DimensionCheck } from "./composite-reliability.js";
import { indexSensitivity, type IndexSensitivity } from "./composite-sensitivity.js";
import { groupsOf } from "./groups.js";
import { itemValues } from "./indicator-value.js";
import type { IndicatorEstimate } from "./types.js";

export interface IndexAnalysis {
  year: number;
  framework: CompositeFramework;
  checks: DimensionCheck[];
  sensitivity: IndexSensitivity;
}

/** The analysis of `definition`'s index in the design's year; undefined before the index exists. */
export function analyseIndex(
  definition: IndicatorDefinition,
  design: YearDesign,
  estimates: readonly IndicatorEstimate[],
): IndexAnalysis | undefined {
  const framework = definition.composite?.framework;
  if (!framework || !indicatorAskedIn(definition, design.year)) return undefined;
  const units = design.units.map((unit) => ({
    groups: groupsOf(unit),
    weight: unit.weight,
    values: itemValues(framework, unit.respondent.values),
  }));
  const published = estimates
    .filter((e) => e.indicator === definition.id && e.year === design.year)
    .filter((e) => !e.suppressed && e.estimate !== null)
    .map((e) => e.group);
  return {
    year: design.year,
    framework,
    checks: compositeChecks(
      framework,
      units.map((u) => organisationScore(framework, u.values)),
    ),
    sensitivity: indexSensitivity(framework, units, published),
  };
}
