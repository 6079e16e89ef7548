// What every sentence kind gets and gives: the year's data in, and either the values its
// placeholders stand for (and the unrounded numbers behind them) or why it cannot be written.
import type { IndicatorEstimate } from "../../indicators/types.js";
import type { IndicatorDefinition } from "../../templates/indicator-definitions.js";
import type { Questionnaire } from "../../templates/questions.js";
import { lookupEstimate, type Lookup } from "../estimate-lookup.js";
import type { Group } from "../../indicators/types.js";
import type { GapTest } from "../../indicators/sector-gaps.js";

export interface FindingsData {
  year: number;
  estimates: readonly IndicatorEstimate[];
  /** The family of sector gaps with their adjusted p-values (indicators/sector-gaps.ts). */
  gapTests: readonly GapTest[];
  definitions: readonly IndicatorDefinition[];
  questionnaire: Questionnaire;
}

export type SentenceOutcome =
  | {
      written: true;
      /** The indicator the group placeholders ({stat}, {kommune}, …) stand for. */
      indicator: string;
      /** The variant of the title and text, chosen from the data ("rise", "majority", …). */
      state: string | undefined;
      /** Values of the kind's placeholders, formatted; they win over a group's own value. */
      values: Record<string, string>;
      /** The unrounded numbers the sentence states, by name. */
      numbers: Record<string, number>;
      /** Appended by the build after the analyst's text (the gap's uncertainty clause). */
      ending: string;
    }
  | {
      written: false;
      reason: string;
      /** False when the data is there but the sentence's condition (`when`) does not hold. */
      missingData: boolean;
    };

export function missing(reason: string): SentenceOutcome {
  return { written: false, reason, missingData: true };
}

export function definitionOf(data: FindingsData, id: string): IndicatorDefinition {
  const definition = data.definitions.find((d) => d.id === id);
  if (!definition) throw new Error(`indicator ${id} was checked but has no definition`);
  return definition;
}

export function estimateIn(
  data: FindingsData,
  indicator: string,
  group: Group,
  year = data.year,
  which: "report year" | "previous year" = "report year",
): Lookup {
  const definition = data.definitions.find((d) => d.id === indicator);
  return lookupEstimate(data.estimates, definition, indicator, group, year, which);
}
