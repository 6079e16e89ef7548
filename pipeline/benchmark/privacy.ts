// The privacy rules of the benchmark reports (issue 9): a report shows one organisation its own
// answers next to aggregates of its peers, and never another organisation's answer.
//
// - A peer group (sector, size class) with fewer than MIN_OTHERS other respondents is not shown.
// - A quantile of the peers' answers is shown only with at least MIN_OTHERS other answers at or
//   below it and at least MIN_OTHERS at or above it: the lowest, the highest and every value
//   pinned by fewer than five answers stay hidden.
// - A group's estimate is not shown for an indicator on which every other respondent of the
//   group answered alike: "100 % of the others" would tell what each of them answered.
// These rules live here, in code, so that no edit of benchmark.md can loosen them.

/** The fewest other respondents a peer group, or either side of a quantile, must have. */
export const MIN_OTHERS = 5;

export function isPeerGroupShown(others: number): boolean {
  return others >= MIN_OTHERS;
}

/**
 * The quantile p (0–1) of the peers' values (R's default, type 7), or undefined when fewer than
 * MIN_OTHERS values lie on either side of it.
 */
export function protectedQuantile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length < MIN_OTHERS) return undefined;
  const h = (sorted.length - 1) * p;
  const low = sorted[Math.floor(h)]!;
  const high = sorted[Math.ceil(h)]!;
  const q = low + (h - Math.floor(h)) * (high - low);
  const atOrBelow = sorted.filter((v) => v <= q).length;
  const atOrAbove = sorted.filter((v) => v >= q).length;
  return atOrBelow >= MIN_OTHERS && atOrAbove >= MIN_OTHERS ? q : undefined;
}

/** Every other respondent gave the same answer: any aggregate of them tells each one's answer. */
export function revealsEveryAnswer(others: readonly number[]): boolean {
  return others.length > 0 && others.every((v) => v === others[0]);
}
