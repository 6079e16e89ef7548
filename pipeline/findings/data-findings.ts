// The findings stage's data-driven statements beyond the seed findings of key-findings.ts:
// significant (or, before p-values exist, the largest) changes from last year, and the largest
// gaps between the sectors. build.ts appends them to writeKeyFindings(...).
import type { IndicatorEstimate } from "../indicators/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { writeChangeFindings } from "./change-findings.js";
import { writeGapFindings } from "./gap-findings.js";
import type { Finding } from "./types.js";

export function writeDataFindings(
  year: number,
  estimates: readonly IndicatorEstimate[],
  definitions: readonly IndicatorDefinition[],
): Finding[] {
  return [
    ...writeChangeFindings(year, estimates, definitions),
    ...writeGapFindings(year, estimates, definitions),
  ];
}
