// One organisation's composite index (templates/index.yaml, SPEC §5), as the OECD/JRC Handbook
// builds one: each indicator normalised to 0–100 with bounds fixed across years, aggregated
// within its dimension, the dimensions aggregated into the index. Nothing is imputed: a
// dimension needs `minItems` answered indicators and the index `minDimensions` scored
// dimensions; the weights of what is there are rescaled to sum to 1.
import type {
  Aggregation,
  AggregationChoice,
  CompositeFramework,
} from "../templates/composite-framework.js";

/** The weights and aggregation one computation of the index uses (the defaults, or a scenario). */
export interface IndexChoices {
  /** Per dimension, per item; an item of weight 0 is left out (leave-one-out). */
  itemWeights: readonly (readonly number[])[];
  dimensionWeights: readonly number[];
  aggregation: AggregationChoice;
}

/** The answers of one organisation: per dimension, per item, the indicator value or null. */
export type ItemValues = readonly (readonly (number | null)[])[];

export interface OrganisationScore {
  index: number | null;
  /** Per dimension: its score, or null when too few of its items were answered. */
  dimensions: (number | null)[];
  /** Per dimension, per item: the normalised score, or null when not answered. */
  items: (number | null)[][];
}

/** The choices written in index.yaml. */
export function defaultChoices(framework: CompositeFramework): IndexChoices {
  return {
    itemWeights: framework.dimensions.map((d) => d.items.map((i) => i.weight)),
    dimensionWeights: framework.dimensions.map((d) => d.weight),
    aggregation: framework.aggregation,
  };
}

/**
 * Min–max normalisation with fixed bounds: 0 at `low`, 100 at `high` (turned around for a
 * negative direction), held within 0–100.
 */
export function normalise(
  value: number,
  [low, high]: readonly [number, number],
  direction: "positive" | "negative",
): number {
  const score = Math.min(100, Math.max(0, (100 * (value - low)) / (high - low)));
  return direction === "negative" ? 100 - score : score;
}

/**
 * The weighted mean of scores on 0–100, the weights rescaled to sum to 1; undefined for no
 * scores. Geometric: the weighted geometric mean of (score + 1), minus 1, so that one 0 lowers
 * the result without zeroing it (the shift keeps 0–100 on 0–100).
 */
export function aggregate(
  scores: readonly number[],
  weights: readonly number[],
  method: Aggregation,
): number | undefined {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (scores.length === 0 || !(total > 0)) return undefined;
  if (method === "arithmetic")
    return scores.reduce((sum, s, i) => sum + (weights[i]! / total) * s, 0);
  const log = scores.reduce((sum, s, i) => sum + (weights[i]! / total) * Math.log(s + 1), 0);
  return Math.exp(log) - 1;
}

/** The index of one organisation under the given choices. */
export function organisationScore(
  framework: CompositeFramework,
  values: ItemValues,
  choices: IndexChoices = defaultChoices(framework),
): OrganisationScore {
  const items = framework.dimensions.map((dimension, d) =>
    dimension.items.map((item, i) => {
      const value = values[d]?.[i];
      return value === null || value === undefined
        ? null
        : normalise(value, item.bounds, item.direction);
    }),
  );
  const dimensions = framework.dimensions.map((dimension, d) => {
    const weights = choices.itemWeights[d]!;
    const kept = items[d]!.flatMap((score, i) => (weights[i]! > 0 ? [{ score, i }] : []));
    const answered = kept.filter((k): k is { score: number; i: number } => k.score !== null);
    // Leaving an item out lowers the minimum with it, never above what is left.
    if (answered.length === 0 || answered.length < Math.min(dimension.minItems, kept.length))
      return null;
    return (
      aggregate(
        answered.map((a) => a.score),
        answered.map((a) => weights[a.i]!),
        choices.aggregation.items,
      ) ?? null
    );
  });
  const scored = dimensions.flatMap((score, d) => (score === null ? [] : [{ score, d }]));
  const index =
    scored.length < framework.minDimensions
      ? null
      : (aggregate(
          scored.map((s) => s.score),
          scored.map((s) => choices.dimensionWeights[s.d]!),
          choices.aggregation.dimensions,
        ) ?? null);
  return { index, dimensions, items };
}
