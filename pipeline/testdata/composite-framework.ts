// A small hand-made index for tests: two dimensions, a share and a 1–5 mean in the first, two
// shares (one counting negatively) and a third in the second.
import type { CompositeFramework } from "../templates/composite-framework.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";

export function indicator(
  id: string,
  question: string,
  measure: "share" | "mean" = "share",
  firstYear = 2016,
): IndicatorDefinition {
  return {
    id,
    label: id,
    question,
    measure,
    codes: new Set(measure === "share" ? [1] : []),
    option: undefined,
    excluded: new Set([9]),
    firstYear,
    unit: measure === "share" ? "pct" : "scale-1-5",
  };
}

export const tinyIndicators = {
  a: indicator("a", "qa"),
  b: indicator("b", "qb", "mean"),
  c: indicator("c", "qc"),
  d: indicator("d", "qd"),
  e: indicator("e", "qe"),
};

export function tinyFramework(overrides: Partial<CompositeFramework> = {}): CompositeFramework {
  const { a, b, c, d, e } = tinyIndicators;
  return {
    id: "tiny-index",
    label: "Tiny index",
    dimensionLabel: "Tiny",
    firstYear: 2016,
    aggregation: { items: "arithmetic", dimensions: "arithmetic" },
    minDimensions: 2,
    dimensions: [
      {
        id: "one",
        label: "One",
        weight: 1,
        minItems: 2,
        items: [
          { indicator: a, direction: "positive", weight: 1, bounds: [0, 1] },
          { indicator: b, direction: "positive", weight: 1, bounds: [1, 5] },
        ],
      },
      {
        id: "two",
        label: "Two",
        weight: 1,
        minItems: 2,
        items: [
          { indicator: c, direction: "negative", weight: 1, bounds: [0, 1] },
          { indicator: d, direction: "positive", weight: 1, bounds: [0, 1] },
          { indicator: e, direction: "positive", weight: 2, bounds: [0, 1] },
        ],
      },
    ],
    sensitivity: { seed: 1, draws: 50, weightNoise: 0.25 },
    ...overrides,
  };
}

/** Four organisations' values of a–e (per dimension); the last did not answer b and c. */
export const tinyAnswers: ReadonlyArray<ReadonlyArray<ReadonlyArray<number | null>>> = [
  [
    [1, 5],
    [0, 1, 1],
  ],
  [
    [0, 1],
    [1, 0, 0],
  ],
  [
    [1, 3],
    [0, 1, 0],
  ],
  [
    [0, null],
    [null, 0, 1],
  ],
];
