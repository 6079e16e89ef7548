// Kind "gap": the difference between two sectors in the report year, in percentage points. The
// build ends the analyst's sentence: "." when the gap is significant at the 5 % level, else
// ", som er innenfor den statistiske usikkerheten.", so no template can claim a gap the data
// does not show. The two shares and the gap are written with the digits that make them add up.
import { formatNumber, formatPercent, NBSP } from "../../locale/nb.js";
import { isSignificant, sectorGap } from "../../survey/significance.js";
import type { GapSentence } from "../finding-declarations.js";
import { GROUP_WORDS } from "../group-words.js";
import { consistentDigits } from "../gap-findings.js";
import { estimateIn, missing, type FindingsData, type SentenceOutcome } from "./sentence.js";

export const GAP_ENDING = {
  significant: ".",
  uncertain: ", som er innenfor den statistiske usikkerheten.",
};

export function writeGap(sentence: GapSentence, data: FindingsData): SentenceOutcome {
  const { indicator, groups } = sentence;
  const [first, second] = groups;
  const a = estimateIn(data, indicator, first);
  if ("reason" in a) return missing(a.reason);
  const b = estimateIn(data, indicator, second);
  if ("reason" in b) return missing(b.reason);
  const gap = sectorGap({ ...a.row, group: first }, { ...b.row, group: second });
  const significant = isSignificant(gap?.pValue);
  const [low, high] = a.value > b.value ? [b.value, a.value] : [a.value, b.value];
  const digits = consistentDigits(low, high);
  return {
    written: true,
    indicator,
    state: significant ? "significant" : "uncertain",
    values: {
      [first]: formatPercent(a.value, digits),
      [second]: formatPercent(b.value, digits),
      forskjell: `${formatNumber((high - low) * 100, digits)}${NBSP}pp`,
      leder: GROUP_WORDS[a.value > b.value ? first : second].leader,
    },
    numbers: {
      [first]: a.value,
      [second]: b.value,
      gapPp: (a.value - b.value) * 100,
      ...(gap?.pValue == null ? {} : { pValue: gap.pValue }),
    },
    ending: significant ? GAP_ENDING.significant : GAP_ENDING.uncertain,
  };
}
