// Kind "change": a share's change from the year before. Called a rise or a fall only when it is
// significant: its p-value adjusted for the year's many changes (Benjamini–Hochberg) is below
// 0,05 (SPEC §5); in prosentpoeng and, relatively, in prosent.
import { isSignificant } from "../../survey/significance.js";
import type { ChangeSentence } from "../finding-declarations.js";
import { describeShareChange, describeUncertainShareChange } from "../wording.js";
import { estimateIn, missing, type FindingsData, type SentenceOutcome } from "./sentence.js";

export function writeChange(sentence: ChangeSentence, data: FindingsData): SentenceOutcome {
  const { indicator, group } = sentence;
  const previous = data.year - 1;
  const now = estimateIn(data, indicator, group);
  if ("reason" in now) return missing(now.reason);
  const before = estimateIn(data, indicator, group, previous, "previous year");
  if ("reason" in before) return missing(before.reason);
  const [from, to] = [before.value, now.value];
  const { pValue, pAdjusted } = now.row;
  const significant = isSignificant(pAdjusted);
  return {
    written: true,
    indicator,
    state: !significant ? "uncertain" : to > from ? "rise" : "fall",
    values: {
      endring: significant
        ? `${describeShareChange(from, to)} fra ${previous} til ${data.year}`
        : describeUncertainShareChange(from, to, previous, data.year),
      forrige_år: String(previous),
    },
    numbers: {
      from,
      to,
      changePp: (to - from) * 100,
      changeRel: from === 0 ? Number.NaN : (to / from - 1) * 100,
      ...(pValue === null ? {} : { pValue }),
      ...(pAdjusted === null ? {} : { pAdjusted }),
    },
    ending: "",
  };
}
