// What the data of a report year can support, asked by the template's `needs` sections and by
// every chart, number and finding it shows: was an indicator or question asked that year, is
// there a previous year to change from, a trend of two years or more, a finding to write?
// Each question answers with the reason it cannot (English, for the build's list), or undefined.
import type { AnswerShare, IndicatorEstimate } from "../../indicators/types.js";

export interface Availability {
  year: number;
  indicator(id: string, year?: number): string | undefined;
  change(id: string): string | undefined;
  trend(id: string): string | undefined;
  question(key: string): string | undefined;
  finding(id: string): string | undefined;
}

export interface AvailabilityInput {
  year: number;
  /** The years of the input up to the report year. */
  years: readonly number[];
  estimates: readonly IndicatorEstimate[];
  distributions: readonly AnswerShare[];
  /** Findings of findings.yaml the data cannot support this year, with the reason. */
  unavailableFindings: ReadonlyMap<string, string>;
  /** Indicators computed from others (the composite index), not asked as such. */
  composites?: ReadonlySet<string>;
}

export function availability(input: AvailabilityInput): Availability {
  const { year } = input;
  const yearsOf = new Map<string, number[]>();
  for (const e of input.estimates)
    if (e.group === "alle" && e.year <= year)
      yearsOf.set(e.indicator, [...(yearsOf.get(e.indicator) ?? []), e.year]);
  const asked = new Set(input.distributions.map((d) => `${d.question}\u0000${d.year}`));
  const indicator = (id: string, y = year) =>
    yearsOf.get(id)?.includes(y)
      ? undefined
      : !input.years.includes(y)
        ? `${y} is not in the input`
        : input.composites?.has(id)
          ? `"${id}" cannot be computed for ${y}: not all of its indicators were asked`
          : `"${id}" was not asked in ${y}`;
  return {
    year,
    indicator,
    change: (id) => indicator(id) ?? indicator(id, year - 1),
    trend: (id) => {
      const years = yearsOf.get(id) ?? [];
      if (!years.includes(year)) return indicator(id);
      return years.length >= 2
        ? undefined
        : `"${id}" has estimates for one year only (${year}); a trend needs two`;
    },
    question: (key) =>
      asked.has(`${key}\u0000${year}`) ? undefined : `question "${key}" was not asked in ${year}`,
    finding: (id) => input.unavailableFindings.get(id),
  };
}
