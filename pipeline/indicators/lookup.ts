// Finding one row of the tidy results, for the stages that write about them.
import type { Group, IndicatorEstimate } from "./types.js";

export function findEstimate(
  estimates: readonly IndicatorEstimate[],
  indicator: string,
  group: Group,
  year: number,
): IndicatorEstimate | undefined {
  return estimates.find((e) => e.indicator === indicator && e.group === group && e.year === year);
}
