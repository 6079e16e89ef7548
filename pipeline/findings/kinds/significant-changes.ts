// Kind "significant-changes": the share indicators that changed significantly from last year,
// for everyone (alle), the largest first; its wording is in code (change-findings.ts) because
// it is a generic list. With `largest_id`, a second finding states the largest difference when
// it is not significant, or when the changes have no p-values.
import type { Finding } from "../types.js";
import { changeListFindings, shareChanges } from "../change-findings.js";
import type { SignificantChangesDeclaration } from "../finding-declarations.js";
import { unavailableReasons as reasons } from "../messages.js";
import type { FindingsData } from "./sentence.js";

export function writeSignificantChanges(
  declaration: SignificantChangesDeclaration,
  data: FindingsData,
): { findings: Finding[]; reason: string | undefined } {
  const { id, largestId, named } = declaration;
  const previous = data.year - 1;
  const changes = shareChanges(data.year, data.estimates, data.definitions, "alle");
  if (changes.length === 0)
    return { findings: [], reason: reasons.noChanges("alle", previous, data.year) };
  const { findings, untested } = changeListFindings(data.year, changes, { id, largestId, named });
  return {
    findings,
    reason: untested ? reasons.untested(previous, data.year, largestId) : undefined,
  };
}
