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

/** An indicator exists in a year when the statistics stage estimated it for everyone. */
export function askedInYear(data: {
  year: number;
  estimates: readonly IndicatorEstimate[];
}): (indicator: string) => boolean {
  const asked = new Set(
    data.estimates
      .filter((e) => e.year === data.year && e.group === "alle")
      .map((e) => e.indicator),
  );
  return (indicator) => asked.has(indicator);
}
