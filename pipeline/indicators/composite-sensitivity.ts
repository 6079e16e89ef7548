// How much the index of each group depends on the choices behind it (OECD/JRC Handbook, step 7
// "uncertainty and sensitivity analysis"; COINr's get_sensitivity): the index recomputed for
// every organisation under other weights and aggregation, each group's weighted mean taken
// again, and the sectors ranked against each other, and the size classes. Reported per group: the interval of its score and its rank over
// every scenario. Scenarios: random weights around the defaults (each weight times a uniform
// factor in 1 ± noise, from a seeded generator so that a rebuild gives the same numbers), every
// indicator left out in turn, and geometric aggregation within, across and at both levels.
import { randomFor } from "../seeded-random.js";
import type { Aggregation, CompositeFramework } from "../templates/composite-framework.js";
import {
  indexScore,
  defaultChoices,
  normalisedItems,
  type IndexChoices,
  type NormalisedItems,
} from "./composite-score.js";
import type { ItemValues } from "./composite-score.js";
import { GROUPS, type Group } from "./types.js";

/** Groups ranked against each other: the sectors, and the municipalities' size classes. */
export const RANKED_TOGETHER: readonly (readonly Group[])[] = [
  ["stat", "kommune", "fylkeskommune"],
  ["kommune-<5k", "kommune-5-20k", "kommune-20-50k", "kommune->50k"],
];

export type ScenarioKind = "default" | "random-weights" | "leave-out" | "aggregation";

export interface Scenario {
  kind: ScenarioKind;
  /** What differs from the defaults: "uten strategi", "geometrisk i dimensjonene", "trekk 17". */
  label: string;
  choices: IndexChoices;
}

/** One organisation as the analysis sees it: its groups, weight and indicator values. */
export interface ScoredUnit {
  groups: readonly Group[];
  weight: number;
  values: ItemValues;
}

/** The kinds of scenario that vary a choice. */
export const VARIED_KINDS = ["random-weights", "leave-out", "aggregation"] as const;
export type VariedKind = (typeof VARIED_KINDS)[number];

export interface ScoreRange {
  low: number;
  high: number;
}

type NormalisedUnit = ScoredUnit & { items: NormalisedItems; groupPositions: number[] };

export interface GroupSensitivity {
  group: Group;
  /** The index with the defaults: the survey mean of indicators.csv. */
  score: number;
  scoreLow: number;
  scoreHigh: number;
  /** The interval over the scenarios of one kind and the defaults: what each choice does. */
  byKind: Record<VariedKind, ScoreRange>;
  /** Rank among the sectors, or among the size classes; 1 = most mature; undefined for "alle". */
  rank: number | undefined;
  rankLow: number | undefined;
  rankHigh: number | undefined;
}

export interface IndexSensitivity {
  scenarios: number;
  /** Scenarios per kind, for the text. */
  counts: Record<ScenarioKind, number>;
  groups: GroupSensitivity[];
}

export function sensitivityScenarios(framework: CompositeFramework): Scenario[] {
  const base = defaultChoices(framework);
  const { seed, draws, weightNoise } = framework.sensitivity;
  const random: Scenario[] = Array.from({ length: draws }, (_, k) => {
    const draw = randomFor(seed, "index-weights", k);
    const jitter = (w: number) => w * (1 + weightNoise * (2 * draw.next() - 1));
    return {
      kind: "random-weights",
      label: `trekk ${k + 1}`,
      choices: {
        ...base,
        itemWeights: base.itemWeights.map((ws) => ws.map(jitter)),
        dimensionWeights: base.dimensionWeights.map(jitter),
      },
    };
  });
  const leaveOut: Scenario[] = framework.dimensions.flatMap((dimension, d) =>
    dimension.items.map((item, i) => ({
      kind: "leave-out" as const,
      label: `uten ${item.indicator.id}`,
      choices: {
        ...base,
        itemWeights: base.itemWeights.map((ws, dd) =>
          ws.map((w, ii) => (dd === d && ii === i ? 0 : w)),
        ),
      },
    })),
  );
  const levels: Array<[Aggregation, Aggregation, string]> = [
    ["geometric", "arithmetic", "geometrisk i dimensjonene"],
    ["arithmetic", "geometric", "geometrisk mellom dimensjonene"],
    ["geometric", "geometric", "geometrisk på begge nivåer"],
  ];
  const aggregation: Scenario[] = levels
    .filter(
      ([items, dimensions]) =>
        items !== base.aggregation.items || dimensions !== base.aggregation.dimensions,
    )
    .map(([items, dimensions, label]) => ({
      kind: "aggregation",
      label,
      choices: { ...base, aggregation: { items, dimensions } },
    }));
  return [
    { kind: "default", label: "standard", choices: base },
    ...random,
    ...leaveOut,
    ...aggregation,
  ];
}

/**
 * Each group's score and rank under every scenario, summed up as intervals. `groups` are those
 * published (not suppressed) for the year; all but "alle" are ranked.
 */
export function indexSensitivity(
  framework: CompositeFramework,
  units: readonly ScoredUnit[],
  groups: readonly Group[],
): IndexSensitivity {
  const scenarios = sensitivityScenarios(framework);
  // The normalised scores do not depend on the choices: computed once per organisation.
  const normalised = units.map((u) => ({
    ...u,
    items: normalisedItems(framework, u.values),
    groupPositions: u.groups.map((g) => GROUPS.indexOf(g)),
  }));
  const shown = GROUPS.filter((g) => groups.includes(g));
  const results = scenarios.map((scenario) => {
    const scores = groupMeans(framework, normalised, scenario.choices);
    const ranks = new Map<Group, number>();
    for (const set of RANKED_TOGETHER) {
      const order = set
        .filter((g) => shown.includes(g) && scores.has(g))
        .sort((a, b) => scores.get(b)! - scores.get(a)!);
      order.forEach((g, i) => ranks.set(g, i + 1));
    }
    return { kind: scenario.kind, scores, rank: (g: Group) => ranks.get(g) };
  });
  const counts = { default: 0, "random-weights": 0, "leave-out": 0, aggregation: 0 };
  for (const s of scenarios) counts[s.kind]++;
  return {
    scenarios: scenarios.length,
    counts,
    groups: shown.flatMap((group) => {
      const scoresOf = (kinds: readonly ScenarioKind[]) =>
        results.flatMap((r) => {
          const score = r.scores.get(group);
          return score === undefined || !kinds.includes(r.kind) ? [] : [score];
        });
      const scores = scoresOf(["default", ...VARIED_KINDS]);
      if (scores.length === 0) return [];
      const range = (kind: VariedKind): ScoreRange => {
        const some = scoresOf(["default", kind]);
        return { low: Math.min(...some), high: Math.max(...some) };
      };
      const ranks = results.flatMap((r) => {
        const rank = r.rank(group);
        return rank === undefined ? [] : [rank];
      });
      return [
        {
          group,
          score: scores[0]!,
          scoreLow: Math.min(...scores),
          scoreHigh: Math.max(...scores),
          byKind: {
            "random-weights": range("random-weights"),
            "leave-out": range("leave-out"),
            aggregation: range("aggregation"),
          },
          rank: ranks[0],
          rankLow: ranks.length ? Math.min(...ranks) : undefined,
          rankHigh: ranks.length ? Math.max(...ranks) : undefined,
        },
      ];
    }),
  };
}

/** The weighted mean of the organisations' index in each group (those with an index). */
function groupMeans(
  framework: CompositeFramework,
  units: readonly NormalisedUnit[],
  choices: IndexChoices,
): Map<Group, number> {
  // Sums by position in GROUPS: this runs for every scenario.
  const weighted = new Float64Array(GROUPS.length);
  const weights = new Float64Array(GROUPS.length);
  for (const unit of units) {
    const index = indexScore(framework, unit.items, choices);
    if (index === null) continue;
    for (const g of unit.groupPositions) {
      weighted[g]! += unit.weight * index;
      weights[g]! += unit.weight;
    }
  }
  return new Map(
    GROUPS.flatMap((group, g) => (weights[g]! > 0 ? [[group, weighted[g]! / weights[g]!]] : [])),
  );
}
