// Checks of the index's framework (OECD/JRC Handbook, step 4 "multivariate analysis"): whether
// the indicators of a dimension measure one thing. Per dimension Cronbach's alpha of its
// normalised indicator scores (organisations that answered all of them), and per indicator its
// Pearson correlation with its dimension's score (organisations with both). Unweighted: these
// describe the instrument among the respondents, not the population.
import type { CompositeFramework } from "../templates/composite-framework.js";
import type { OrganisationScore } from "./composite-score.js";

export interface ItemCheck {
  indicator: string;
  label: string;
  direction: "positive" | "negative";
  /** Correlation of the indicator's score with its dimension's score; undefined when not defined. */
  correlation: number | undefined;
  n: number;
}

export interface DimensionCheck {
  dimension: string;
  label: string;
  /** Cronbach's alpha; undefined for one indicator or no variance. */
  alpha: number | undefined;
  /** Organisations that answered every indicator of the dimension. */
  n: number;
  items: ItemCheck[];
}

export function compositeChecks(
  framework: CompositeFramework,
  scores: readonly OrganisationScore[],
): DimensionCheck[] {
  return framework.dimensions.map((dimension, d) => {
    const complete = scores
      .map((s) => s.items[d]!)
      .filter((items): items is number[] => items.every((x) => x !== null));
    return {
      dimension: dimension.id,
      label: dimension.label,
      alpha: cronbachAlpha(complete),
      n: complete.length,
      items: dimension.items.map((item, i) => {
        const pairs = scores.flatMap((s) => {
          const [x, y] = [s.items[d]![i], s.dimensions[d]];
          return x === null || x === undefined || y === null || y === undefined ? [] : [[x, y]];
        });
        return {
          indicator: item.indicator.id,
          label: item.indicator.label,
          direction: item.direction,
          correlation: correlation(
            pairs.map((p) => p[0]!),
            pairs.map((p) => p[1]!),
          ),
          n: pairs.length,
        };
      }),
    };
  });
}

/**
 * Cronbach's alpha of rows of k item scores: k / (k − 1) · (1 − Σ var(item) / var(sum)), with
 * sample variances; undefined for k < 2, fewer than 2 rows or a constant sum.
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | undefined {
  const k = rows[0]?.length ?? 0;
  if (k < 2 || rows.length < 2) return undefined;
  const itemVariances = Array.from({ length: k }, (_, i) => variance(rows.map((r) => r[i]!)));
  const total = variance(rows.map((r) => r.reduce((sum, x) => sum + x, 0)));
  if (!(total > 0)) return undefined;
  const sum = itemVariances.reduce((s, v) => s + v, 0);
  return (k / (k - 1)) * (1 - sum / total);
}

/** Pearson's correlation; undefined for fewer than 2 pairs or a constant variable. */
export function correlation(x: readonly number[], y: readonly number[]): number | undefined {
  if (x.length < 2 || x.length !== y.length) return undefined;
  const [mx, my] = [mean(x), mean(y)];
  let [sxy, sxx, syy] = [0, 0, 0];
  x.forEach((xi, i) => {
    const [dx, dy] = [xi - mx, y[i]! - my];
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : undefined;
}

function mean(x: readonly number[]): number {
  return x.reduce((s, v) => s + v, 0) / x.length;
}

/** Sample variance (n − 1) of at least two values. */
function variance(x: readonly number[]): number {
  const m = mean(x);
  return x.reduce((s, v) => s + (v - m) ** 2, 0) / (x.length - 1);
}
