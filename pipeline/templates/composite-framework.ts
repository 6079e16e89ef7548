// The composite index of templates/index.yaml (SPEC §5): its dimensions, their indicators with
// direction, weight and normalisation bounds, the aggregation and the rule for missing items,
// checked against indicators.yaml so that a typo stops the build with a template error. The
// index becomes one more indicator definition (a mean on 0–100), so every stage that handles
// indicators handles it: estimates, tables, charts, microdata.
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ExitCode, ItipError } from "../errors.js";
import type { IndicatorDefinition } from "./indicator-definitions.js";

/** What an indicator definition of the index stands for: the index, or one dimension of it. */
export interface CompositePart {
  framework: CompositeFramework;
  /** The dimension's position; undefined for the index itself. */
  dimension: number | undefined;
}

export const AGGREGATIONS = ["arithmetic", "geometric"] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export interface CompositeItem {
  indicator: IndicatorDefinition;
  /** negative: less is more mature (the normalised score is turned around). */
  direction: "positive" | "negative";
  weight: number;
  /** The fixed bounds of min–max normalisation: [0, 1] for shares, the scale for means. */
  bounds: readonly [number, number];
}

export interface CompositeDimension {
  id: string;
  label: string;
  weight: number;
  /** The least number of answered items for the dimension to be scored. */
  minItems: number;
  items: CompositeItem[];
}

export interface AggregationChoice {
  items: Aggregation;
  dimensions: Aggregation;
}

export interface CompositeFramework {
  id: string;
  label: string;
  /** What a dimension's label starts with as an indicator: "<this>: Tjenester". */
  dimensionLabel: string;
  firstYear: number;
  aggregation: AggregationChoice;
  /** The least number of scored dimensions for an organisation to get an index. */
  minDimensions: number;
  dimensions: CompositeDimension[];
  sensitivity: { seed: number; draws: number; weightNoise: number };
}

const boundsSchema = z.tuple([z.number(), z.number()]);
const schema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string(),
  dimension_label: z.string(),
  first_year: z.number().int(),
  aggregation: z
    .object({
      items: z.enum(AGGREGATIONS).default("arithmetic"),
      dimensions: z.enum(AGGREGATIONS).default("arithmetic"),
    })
    .default({ items: "arithmetic", dimensions: "arithmetic" }),
  min_dimensions: z.number().int().positive().optional(),
  dimensions: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        label: z.string(),
        weight: z.number().positive().default(1),
        min_items: z.number().int().positive().optional(),
        indicators: z
          .array(
            z.object({
              indicator: z.string(),
              direction: z.enum(["positive", "negative"]),
              weight: z.number().positive().default(1),
              bounds: boundsSchema.optional(),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
  sensitivity: z.object({
    seed: z.number().int(),
    draws: z.number().int().positive(),
    weight_noise: z.number().min(0).lt(1),
  }),
});

export function parseCompositeFramework(
  text: string,
  definitions: readonly IndicatorDefinition[],
  file = "templates/index.yaml",
): CompositeFramework {
  const fail = (message: string): never => {
    throw new ItipError("TEMPLATE_INDEX_INVALID", message, {
      exitCode: ExitCode.template,
      location: { file },
    });
  };
  const result = schema.safeParse(parseYaml(text));
  if (!result.success) {
    const issue = result.error.issues[0];
    return fail(`${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}.`);
  }
  const raw = result.data;
  const taken = definitions.find((d) => d.id === raw.id || d.id.startsWith(`${raw.id}-`));
  if (taken)
    fail(
      `the index id "${raw.id}" clashes with indicator "${taken.id}" of indicators.yaml (the index and its dimensions "${raw.id}-<dimension>" need ids of their own); choose another.`,
    );
  const used = new Set<string>();
  const dimensions = raw.dimensions.map((dimension): CompositeDimension => {
    const items = dimension.indicators.map((item): CompositeItem => {
      const indicator = definitions.find((d) => d.id === item.indicator);
      if (!indicator)
        return fail(
          `dimension "${dimension.id}" names unknown indicator "${item.indicator}"; use an id of indicators.yaml.`,
        );
      if (used.has(indicator.id))
        fail(`indicator "${indicator.id}" is in the index twice; keep it in one dimension.`);
      used.add(indicator.id);
      if (indicator.firstYear > raw.first_year)
        fail(
          `indicator "${indicator.id}" starts in ${indicator.firstYear}, after the index's first_year ${raw.first_year}; raise first_year or choose another indicator.`,
        );
      return {
        indicator,
        direction: item.direction,
        weight: item.weight,
        bounds: boundsOf(indicator, item.bounds, fail),
      };
    });
    const minItems = dimension.min_items ?? items.length;
    if (minItems > items.length)
      fail(
        `dimension "${dimension.id}" has min_items ${minItems} but only ${items.length} indicators.`,
      );
    return { id: dimension.id, label: dimension.label, weight: dimension.weight, minItems, items };
  });
  const minDimensions = raw.min_dimensions ?? dimensions.length;
  if (minDimensions > dimensions.length)
    fail(`min_dimensions ${minDimensions} is more than the ${dimensions.length} dimensions.`);
  return {
    id: raw.id,
    label: raw.label,
    dimensionLabel: raw.dimension_label,
    firstYear: raw.first_year,
    aggregation: raw.aggregation,
    minDimensions,
    dimensions,
    sensitivity: {
      seed: raw.sensitivity.seed,
      draws: raw.sensitivity.draws,
      weightNoise: raw.sensitivity.weight_noise,
    },
  };
}

function boundsOf(
  indicator: IndicatorDefinition,
  written: readonly [number, number] | undefined,
  fail: (message: string) => never,
): readonly [number, number] {
  if (written === undefined) {
    if (indicator.measure === "share") return [0, 1];
    return fail(
      `indicator "${indicator.id}" is a mean: write its bounds, the ends of its scale (e.g. bounds: [1, 5]), so that every year is normalised alike.`,
    );
  }
  if (!(written[0] < written[1]))
    fail(`indicator "${indicator.id}": bounds must be [low, high] with low below high.`);
  return written;
}

/**
 * The index as one more indicator, then each dimension as one (`<id>-<dimension>`): means on
 * 0–100, existing from the index's first year in the years every one of its indicators was asked.
 */
export function compositeDefinitions(framework: CompositeFramework): IndicatorDefinition[] {
  return [
    partDefinition(framework, undefined, framework.id, framework.label),
    ...framework.dimensions.map((d, i) =>
      partDefinition(
        framework,
        i,
        `${framework.id}-${d.id}`,
        `${framework.dimensionLabel}: ${d.label}`,
      ),
    ),
  ];
}

function partDefinition(
  framework: CompositeFramework,
  dimension: number | undefined,
  id: string,
  label: string,
): IndicatorDefinition {
  const items = framework.dimensions.flatMap((d) => d.items.map((i) => i.indicator));
  const lastYears = items.flatMap((i) => (i.lastYear === undefined ? [] : [i.lastYear]));
  return {
    id,
    label,
    question: "",
    measure: "mean",
    codes: new Set(),
    option: undefined,
    excluded: new Set(),
    firstYear: framework.firstYear,
    lastYear: lastYears.length ? Math.min(...lastYears) : undefined,
    notAsked: new Set(items.flatMap((i) => [...(i.notAsked ?? [])])),
    unit: "indeks-0-100",
    composite: { framework, dimension },
  };
}
