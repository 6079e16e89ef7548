// Kind "level": a share in one group, a majority or a minority. {andel} reads it the way a
// reader hears it: "seks av ti kommuner (63 %)" when it is close to a tenth, else
// "63 % av kommunene".
import { formatPercent } from "../../locale/nb.js";
import type { LevelSentence } from "../finding-declarations.js";
import { GROUP_WORDS } from "../group-words.js";
import { shareInTenths } from "../wording.js";
import { estimateIn, missing, type FindingsData, type SentenceOutcome } from "./sentence.js";

export function writeLevel(sentence: LevelSentence, data: FindingsData): SentenceOutcome {
  const { indicator, group } = sentence;
  const share = estimateIn(data, indicator, group);
  if ("reason" in share) return missing(share.reason);
  return {
    written: true,
    indicator,
    state: share.value >= 0.5 ? "majority" : "minority",
    values: { andel: shareOfGroup(share.value, sentence.group) },
    numbers: { [group]: share.value },
    ending: "",
  };
}

/** "seks av ti kommuner (63 %)", or "63 % av kommunene" when not close to a tenth. */
export function shareOfGroup(share: number, group: LevelSentence["group"]): string {
  const tenths = shareInTenths(share);
  const words = GROUP_WORDS[group];
  return tenths
    ? `${tenths} ${words.indefinite} (${formatPercent(share)})`
    : `${formatPercent(share)} av ${words.definite}`;
}
