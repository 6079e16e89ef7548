// 95 % intervals and tests with Student's t (SPEC §5): logit intervals for shares, as R's
// svyciprop(method = "logit"), so a share's interval never leaves [0, 1]; symmetric t
// intervals for means; two-sided p-values for changes. Quantiles and the CDF come from stdlib,
// which ports the Boost algorithms and agrees with R's qt/pt to machine precision.
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import tCdf from "@stdlib/stats-base-dists-t-cdf";

export const CONFIDENCE = 0.95;

export type Interval = [low: number, high: number];

/**
 * t quantiles by degrees of freedom. The quantile inverts the incomplete beta function (~5 µs
 * warm, far more cold) and is asked for thousands of times with a few hundred distinct df.
 */
const criticalValues = new Map<number, number>();

/** The t quantile of a two-sided 95 % interval; undefined without degrees of freedom. */
export function criticalValue(df: number): number | undefined {
  if (!(df >= 1)) return undefined;
  let t = criticalValues.get(df);
  if (t === undefined) criticalValues.set(df, (t = tQuantile(1 - (1 - CONFIDENCE) / 2, df)));
  return t;
}

/** expit(logit p̂ ± t · se / (p̂ (1 − p̂))): the interval of svyciprop(method = "logit"). */
export function logitInterval(p: number, se: number, df: number): Interval | undefined {
  const t = criticalValue(df);
  if (t === undefined) return undefined;
  // All answers alike: no spread to put an interval around (R returns ~1e-12 wide here too).
  if (p <= 0 || p >= 1 || se === 0) return [p, p];
  const centre = Math.log(p / (1 - p));
  const halfWidth = (t * se) / (p * (1 - p));
  return [expit(centre - halfWidth), expit(centre + halfWidth)];
}

/** mean ± t · se. */
export function tInterval(mean: number, se: number, df: number): Interval | undefined {
  const t = criticalValue(df);
  return t === undefined ? undefined : [mean - t * se, mean + t * se];
}

/** Two-sided p-value of estimate / se against t(df); undefined when it cannot be tested. */
export function twoSidedPValue(estimate: number, se: number, df: number): number | undefined {
  if (!(se > 0) || df < 1) return undefined;
  return 2 * tCdf(-Math.abs(estimate / se), df);
}

function expit(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
