// Kind "scale-mean": a mean on an answer scale in words. The plain average of the listed groups'
// means (each group counts the same) is low below 3/8 of the scale, high from 5/8 of it, else in
// the middle: on 1–5, below 2,5 and from 3,5 ("i noen grad", 3, is the middle).
import type { ScaleMeanSentence } from "../finding-declarations.js";
import { estimateIn, missing, type FindingsData, type SentenceOutcome } from "./sentence.js";

export function writeScaleMean(sentence: ScaleMeanSentence, data: FindingsData): SentenceOutcome {
  const { indicator, groups } = sentence;
  const means: Record<string, number> = {};
  for (const group of groups) {
    const mean = estimateIn(data, indicator, group);
    if ("reason" in mean) return missing(mean.reason);
    means[group] = mean.value;
  }
  const values = Object.values(means);
  const mean = values.reduce((sum, x) => sum + x, 0) / values.length;
  return {
    written: true,
    indicator,
    state: undefined,
    values: { grad: sentence.words[scalePart(mean, sentence.scale)] },
    numbers: { ...means, mean },
    ending: "",
  };
}

/** Which part of the scale a mean is in; on 1–5 the cuts are 2,5 and 3,5. */
export function scalePart(
  mean: number,
  scale: { from: number; to: number },
): "low" | "middle" | "high" {
  const width = scale.to - scale.from;
  if (mean < scale.from + (width * 3) / 8) return "low";
  if (mean < scale.from + (width * 5) / 8) return "middle";
  return "high";
}
