// Kind "largest-gaps": the largest gaps between the sectors in the report year, over every share
// indicator; its wording is in code (gap-findings.ts) because it is a generic list.
import type { Finding } from "../types.js";
import type { LargestGapsDeclaration } from "../finding-declarations.js";
import { writeGapFindings } from "../gap-findings.js";
import { unavailableReasons as reasons } from "../messages.js";
import type { FindingsData } from "./sentence.js";

export function writeLargestGaps(
  declaration: LargestGapsDeclaration,
  data: FindingsData,
): { findings: Finding[]; reason: string | undefined } {
  const { id, groups, named } = declaration;
  const findings = writeGapFindings(
    data.year,
    data.estimates,
    data.definitions,
    { id, sectors: groups, named },
    data.gapTests,
  );
  return {
    findings,
    reason: findings.length === 0 ? reasons.noGaps(groups, data.year) : undefined,
  };
}
