// Kind "gap": the difference between two sectors in the report year, in percentage points. The
// build ends the analyst's sentence: "." when the gap is significant (its p-value adjusted over
// the year's sector gaps, Benjamini–Hochberg, is below 0,05), else
// ", som er innenfor den statistiske usikkerheten.", so no template can claim a gap the data
// does not show. The two shares and the gap are written with the digits that make them add up.
import { formatNumber, formatPercent, NBSP } from "../../locale/nb.js";
import { isSignificant } from "../../survey/significance.js";
import { findGapTest } from "../../indicators/sector-gaps.js";
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
  const gap = findGapTest(data.gapTests, indicator, data.year, first, second);
  const significant = isSignificant(gap?.pAdjusted);
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
      ...(gap === undefined ? {} : { pValue: gap.pValue, pAdjusted: gap.pAdjusted }),
    },
    ending: significant ? GAP_ENDING.significant : GAP_ENDING.uncertain,
  };
}
