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
  const geometric = method === "geometric";
  let total = 0;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    total += weights[i]!;
    sum += weights[i]! * termOf(scores[i]!, geometric);
  }
  return meanOf(scores.length, total, sum, geometric);
}

/** A score as it enters a weighted sum: itself, or log(score + 1) for a geometric mean. */
function termOf(score: number, geometric: boolean): number {
  return geometric ? Math.log(score + 1) : score;
}

/** The mean of a weighted sum of `count` terms (see aggregate). */
function meanOf(count: number, total: number, sum: number, geometric: boolean): number | undefined {
  if (count === 0 || !(total > 0)) return undefined;
  const mean = sum / total;
  return geometric ? Math.exp(mean) - 1 : mean;
}

/** The index of one organisation under the given choices. */
export function organisationScore(
  framework: CompositeFramework,
  values: ItemValues,
  choices: IndexChoices = defaultChoices(framework),
): OrganisationScore {
  const items = normalisedItems(framework, values);
  return { ...aggregateItems(framework, items, choices), items };
}

/** Every answered indicator normalised (what does not depend on weights or aggregation). */
export function normalisedItems(
  framework: CompositeFramework,
  values: ItemValues,
): NormalisedItems {
  return framework.dimensions.map((dimension, d) =>
    dimension.items.map((item, i) => {
      const value = values[d]?.[i];
      return value === null || value === undefined
        ? null
        : normalise(value, item.bounds, item.direction);
    }),
  );
}

/** Per dimension, per item: the normalised score, or null when not answered. */
export type NormalisedItems = (number | null)[][];

/**
 * Normalised items → dimensions → index under the given choices. Plain loops: the sensitivity
 * analysis runs this for every organisation in every scenario.
 */
export function aggregateItems(
  framework: CompositeFramework,
  items: NormalisedItems,
  choices: IndexChoices,
): Omit<OrganisationScore, "items"> {
  const dimensions: (number | null)[] = [];
  const index = indexScore(framework, items, choices, dimensions);
  return { index, dimensions };
}

/**
 * The index alone (and each dimension's score into `dimensions`, if given), with no object made
 * on the way: the sensitivity analysis asks it for every organisation in every scenario.
 */
export function indexScore(
  framework: CompositeFramework,
  items: NormalisedItems,
  choices: IndexChoices,
  dimensions?: (number | null)[],
): number | null {
  const itemsGeometric = choices.aggregation.items === "geometric";
  const dimensionsGeometric = choices.aggregation.dimensions === "geometric";
  let indexCount = 0;
  let indexTotal = 0;
  let indexSum = 0;
  for (let d = 0; d < framework.dimensions.length; d++) {
    const itemWeights = choices.itemWeights[d]!;
    const dimensionItems = items[d]!;
    let count = 0;
    let total = 0;
    let sum = 0;
    let kept = 0;
    for (let i = 0; i < dimensionItems.length; i++) {
      const weight = itemWeights[i]!;
      if (!(weight > 0)) continue;
      kept++;
      const score = dimensionItems[i];
      if (score === null || score === undefined) continue;
      count++;
      total += weight;
      sum += weight * termOf(score, itemsGeometric);
    }
    // Leaving an item out lowers the minimum with it, never above what is left.
    const enough = count >= Math.min(framework.dimensions[d]!.minItems, kept);
    const score = enough ? meanOf(count, total, sum, itemsGeometric) : undefined;
    dimensions?.push(score ?? null);
    if (score === undefined) continue;
    const weight = choices.dimensionWeights[d]!;
    indexCount++;
    indexTotal += weight;
    indexSum += weight * termOf(score, dimensionsGeometric);
  }
  if (indexCount < framework.minDimensions) return null;
  return meanOf(indexCount, indexTotal, indexSum, dimensionsGeometric) ?? null;
}
