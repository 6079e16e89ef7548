// One respondent's value of an indicator: 1/0 for shares, the number for means, null when the
// respondent is outside the indicator's base (blank, or a non-substantive code like "vet ikke").
// For the composite index: the organisation's index score (0–100), null without one.
import type { CompositeFramework } from "../templates/composite-framework.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { organisationScore, type ItemValues, type OrganisationScore } from "./composite-score.js";

type Values = Readonly<Record<string, number | null>>;

/** An indicator's value as a function of one respondent's answers. */
export type IndicatorReader = (values: Values) => number | null;

export function indicatorValue(definition: IndicatorDefinition, values: Values): number | null {
  return indicatorReader(definition)(values);
}

/**
 * What an indicator asks of the answers, worked out once per indicator rather than for every
 * respondent (a multi-choice option's key was a new string to look up for each).
 */
const readers = new WeakMap<IndicatorDefinition, IndicatorReader>();

export function indicatorReader(definition: IndicatorDefinition): IndicatorReader {
  let reader = readers.get(definition);
  if (!reader) readers.set(definition, (reader = readerOf(definition)));
  return reader;
}

function readerOf(definition: IndicatorDefinition): IndicatorReader {
  if (definition.composite) {
    const { framework, dimension } = definition.composite;
    return (values) => {
      const score = scoreOf(framework, values);
      return dimension === undefined ? score.index : (score.dimensions[dimension] ?? null);
    };
  }
  if (definition.option !== undefined) {
    const key = `${definition.question}.${definition.option}`;
    return (values) => values[key] ?? null;
  }
  const { question, excluded, measure, codes } = definition;
  return (values) => {
    const answer = values[question];
    if (answer === undefined || answer === null || excluded.has(answer)) return null;
    if (measure === "mean") return answer;
    return codes.has(answer) ? 1 : 0;
  };
}

/**
 * An organisation's index scores, computed once per framework and answers: the index and each
 * of its dimensions are indicators of their own, and every year's estimate asks each of them.
 */
const scores = new WeakMap<CompositeFramework, WeakMap<Values, OrganisationScore>>();

function scoreOf(framework: CompositeFramework, values: Values): OrganisationScore {
  let byValues = scores.get(framework);
  if (!byValues) scores.set(framework, (byValues = new WeakMap()));
  let score = byValues.get(values);
  if (!score)
    byValues.set(values, (score = organisationScore(framework, itemValues(framework, values))));
  return score;
}

/** The respondent gave a non-substantive answer ("vet ikke"): reported, never in the base. */
export function isNonSubstantiveAnswer(definition: IndicatorDefinition, values: Values): boolean {
  if (definition.option !== undefined || definition.composite) return false;
  const answer = values[definition.question];
  return answer !== undefined && answer !== null && definition.excluded.has(answer);
}

/** The respondent's value of every indicator of the index, per dimension. */
export function itemValues(framework: CompositeFramework, values: Values): ItemValues {
  return framework.dimensions.map((d) => d.items.map((i) => indicatorValue(i.indicator, values)));
}
