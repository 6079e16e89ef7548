// One estimate a finding states, or why the year has none: the question was not asked, the
// indicator starts later, the base is too small (suppressed). The reason is the one the build
// lists for a finding it leaves out.
import { findEstimate } from "../indicators/lookup.js";
import type { Group, IndicatorEstimate } from "../indicators/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { unavailableReasons as reasons } from "./messages.js";

export type Lookup = { value: number; row: IndicatorEstimate } | { reason: string };

export function lookupEstimate(
  estimates: readonly IndicatorEstimate[],
  definition: IndicatorDefinition | undefined,
  indicator: string,
  group: Group,
  year: number,
  which: "report year" | "previous year" = "report year",
): Lookup {
  const row = findEstimate(estimates, indicator, group, year);
  if (row?.suppressed) return { reason: reasons.suppressed(indicator, group, year, row.n) };
  if (row && row.estimate !== null) return { value: row.estimate, row };
  const note = whyNotAsked(definition, year);
  const previous = which === "previous year" ? reasons.previousYear() : undefined;
  const notes = [previous, note].filter((n): n is string => n !== undefined);
  return {
    reason: reasons.noEstimate(indicator, group, year, notes.length ? notes.join("; ") : undefined),
  };
}

/** Why the indicator has no estimate in `year` by its definition; undefined if it should. */
function whyNotAsked(
  definition: IndicatorDefinition | undefined,
  year: number,
): string | undefined {
  if (!definition) return undefined;
  if (year < definition.firstYear) return reasons.startsIn(definition.firstYear);
  if (definition.lastYear !== undefined && year > definition.lastYear)
    return reasons.lastAsked(definition.question, definition.lastYear);
  if (definition.notAsked?.has(year)) return reasons.notAsked(definition.question, year);
  return undefined;
}
