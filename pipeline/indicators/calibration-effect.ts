// How much the calibration of the weights moved the headline numbers: each headline number
// (findings/headline-numbers.ts) estimated with the calibrated weights, as published, and with
// the sector design weights N_h / n_h the calibration starts from — and for a change, the change
// both ways. Point estimates only: Σ w·y / Σ w over the indicator's base in the group.
import type { HeadlineNumber } from "../findings/headline-numbers.js";
import type { DesignUnit, YearDesign } from "../survey/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { findEstimate } from "./lookup.js";
import { isInGroup } from "./groups.js";
import { indicatorValue } from "./indicator-value.js";
import type { Group, IndicatorEstimate } from "./types.js";

export interface CalibrationEffect {
  finding: string;
  indicator: string;
  label: string;
  group: Group;
  measure: "share" | "mean";
  /** With the calibrated weights (the published estimate). */
  calibrated: number;
  /** With the sector weights N_h / n_h. */
  sector: number;
  /** The change from the year before, both ways (proportions or scale units). */
  change: { calibrated: number; sector: number } | undefined;
}

/** Empty unless the report year's design is calibrated. */
export function calibrationEffect(
  designs: readonly YearDesign[],
  year: number,
  estimates: readonly IndicatorEstimate[],
  definitions: readonly IndicatorDefinition[],
  headlines: readonly HeadlineNumber[],
): CalibrationEffect[] {
  const design = designs.find((d) => d.year === year);
  if (!design?.calibration) return [];
  const previous = designs.find((d) => d.year === year - 1);
  return headlines.flatMap((headline): CalibrationEffect[] => {
    const definition = definitions.find((d) => d.id === headline.indicator);
    const published = findEstimate(estimates, headline.indicator, headline.group, year);
    if (!definition || !published || published.suppressed || published.estimate === null) return [];
    const both = (d: YearDesign) => ({
      calibrated: ratio(d.units, definition, headline.group, (u) => u.weight),
      sector: ratio(d.units, definition, headline.group, (u) => u.designWeight),
    });
    const now = both(design);
    const before = headline.change && previous ? both(previous) : undefined;
    if (now.calibrated === undefined || now.sector === undefined) return [];
    const change =
      before?.calibrated !== undefined && before.sector !== undefined
        ? {
            calibrated: now.calibrated - before.calibrated,
            sector: now.sector - before.sector,
          }
        : undefined;
    return [
      {
        finding: headline.finding,
        indicator: definition.id,
        label: definition.label,
        group: headline.group,
        measure: definition.measure,
        calibrated: now.calibrated,
        sector: now.sector,
        change,
      },
    ];
  });
}

function ratio(
  units: readonly DesignUnit[],
  definition: IndicatorDefinition,
  group: Group,
  weightOf: (unit: DesignUnit) => number,
): number | undefined {
  let weights = 0;
  let weighted = 0;
  for (const unit of units) {
    if (!isInGroup(unit, group)) continue;
    const y = indicatorValue(definition, unit.respondent.values);
    if (y === null) continue;
    weights += weightOf(unit);
    weighted += weightOf(unit) * y;
  }
  return weights > 0 ? weighted / weights : undefined;
}
