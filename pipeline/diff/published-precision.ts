// "Beyond rounding" (itip diff): a change of a number in indicators.csv that a reader of the
// report can see. The CSV holds full precision; the report shows shares in whole percent and
// percentage points, means with one decimal (report/indicator-table.ts, template/inline-value.ts).
// A number compared at that precision changed beyond rounding when the two rounded values differ.
import { roundHalfAwayFromZero } from "../locale/nb.js";

export type Measure = "share" | "mean";

/** How a column is shown: multiplied by `scale`, with `digits` decimals. */
interface Precision {
  scale: number;
  digits: number;
}

const WHOLE_PERCENT: Precision = { scale: 100, digits: 0 };
const WHOLE: Precision = { scale: 1, digits: 0 };
const ONE_DECIMAL: Precision = { scale: 1, digits: 1 };

/** Per column of indicators.csv; a column not listed (n, N, df, suppressed) counts exactly. */
const PRECISION: Record<Measure, Record<string, Precision>> = {
  share: {
    estimate: WHOLE_PERCENT,
    se: WHOLE_PERCENT,
    ci_low: WHOLE_PERCENT,
    ci_high: WHOLE_PERCENT,
    // Already in percentage points for shares.
    change_pp: WHOLE,
    change_se: WHOLE,
  },
  mean: {
    estimate: ONE_DECIMAL,
    se: ONE_DECIMAL,
    ci_low: ONE_DECIMAL,
    ci_high: ONE_DECIMAL,
    change_pp: ONE_DECIMAL,
    change_se: ONE_DECIMAL,
  },
};

/** Columns shown the same way whatever the measure. */
const ANY_MEASURE: Record<string, Precision> = {
  response_rate: WHOLE_PERCENT,
  change_rel: WHOLE,
  p_value: { scale: 1, digits: 3 },
  p_adjusted: { scale: 1, digits: 3 },
};

/**
 * Whether `before` → `after` (CSV cells, blank for no value) is a change a reader can see.
 * Without the indicator's measure (not in the templates), every change counts.
 */
export function beyondRounding(
  column: string,
  measure: Measure | undefined,
  before: string,
  after: string,
): boolean {
  const precision = ANY_MEASURE[column] ?? (measure && PRECISION[measure][column]);
  if (!precision || before === "" || after === "") return before !== after;
  const shown = (cell: string) =>
    roundHalfAwayFromZero(Number(cell) * precision.scale, precision.digits);
  return shown(before) !== shown(after);
}
