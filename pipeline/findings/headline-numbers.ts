// The headline numbers of a report: what the first sentence of each key finding of
// findings.yaml states — an indicator in a group (a level, or a change for kind change; both
// sectors of a gap; every group of a scale mean). The methodology appendix says how much the
// calibration of the weights moved each of them.
import type { Group } from "../indicators/types.js";
import type { FindingDeclaration } from "./finding-declarations.js";

export interface HeadlineNumber {
  /** The finding that states it. */
  finding: string;
  indicator: string;
  group: Group;
  /** The finding states the change from the year before too. */
  change: boolean;
}

export function headlineNumbers(declarations: readonly FindingDeclaration[]): HeadlineNumber[] {
  return declarations.flatMap((declaration): HeadlineNumber[] => {
    if (declaration.kind !== "statement") return [];
    const { sentence } = declaration;
    const finding = declaration.id;
    switch (sentence.kind) {
      case "change":
      case "level":
        return [
          {
            finding,
            indicator: sentence.indicator,
            group: sentence.group,
            change: sentence.kind === "change",
          },
        ];
      case "gap":
      case "scale-mean":
        return sentence.groups.map((group) => ({
          finding,
          indicator: sentence.indicator,
          group,
          change: false,
        }));
      case "most-named":
        return [];
    }
  });
}
