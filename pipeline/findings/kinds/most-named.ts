// Kind "most-named": the option of a multi-choice question that most in a group chose, among
// the options with an indicator. With `when`, the sentence is written only when that option is
// the most named ("Manglende kompetanse er også den barrieren flest oppgir (61 %).").
import { formatPercent } from "../../locale/nb.js";
import type { MostNamedSentence } from "../finding-declarations.js";
import { unavailableReasons as reasons } from "../messages.js";
import { estimateIn, missing, type FindingsData, type SentenceOutcome } from "./sentence.js";
import { findEstimate } from "../../indicators/lookup.js";

export function writeMostNamed(sentence: MostNamedSentence, data: FindingsData): SentenceOutcome {
  const { question, group, when } = sentence;
  const shares: Array<{ option: string; indicator: string; share: number }> = [];
  for (const definition of data.definitions) {
    if (definition.question !== question || definition.measure !== "share" || !definition.option)
      continue;
    // An option with no row that year was not offered; one with a hidden estimate may be the top.
    if (!findEstimate(data.estimates, definition.id, group, data.year)) continue;
    const share = estimateIn(data, definition.id, group);
    if ("reason" in share) return missing(share.reason);
    shares.push({ option: definition.option, indicator: definition.id, share: share.value });
  }
  // Largest first; a tie goes to the option listed first in indicators.yaml (sort is stable).
  const [top] = shares.sort((x, y) => y.share - x.share);
  if (!top) return missing(reasons.noOptions(question, group, data.year));
  if (when !== undefined && top.option !== when)
    return {
      written: false,
      reason: reasons.notMostNamed(question, group, data.year, top.option, when),
      missingData: false,
    };
  const label = data.questionnaire.questions
    .find((q) => q.key === question)
    ?.optionLabels.get(top.option);
  return {
    written: true,
    indicator: top.indicator,
    state: undefined,
    values: { option: label ?? top.option, andel: formatPercent(top.share) },
    numbers: { [group]: top.share },
    ending: "",
  };
}
