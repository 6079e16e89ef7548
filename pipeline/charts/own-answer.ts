// An organisation's own answer on an indicator as its benchmark report writes it: "Ja" or "Nei"
// for a share (the answer counted or not), the number for a mean.
import type { OwnAnswer } from "../benchmark/types.js";
import { formatNumber } from "../locale/nb.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";

export function ownAnswerText(
  definition: IndicatorDefinition,
  answer: Pick<OwnAnswer, "value" | "nonSubstantive">,
): string {
  if (answer.value === null) return answer.nonSubstantive ? "Vet ikke" : "Ikke besvart";
  if (definition.measure === "share") return answer.value === 1 ? "Ja" : "Nei";
  return formatNumber(answer.value, 1);
}
