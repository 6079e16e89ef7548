// Norwegian number format for vega (d3-format locale): "23 %" with a no-break space, decimal
// comma, no-break space between thousands and U+2212 minus — the same conventions as
// ../locale/nb.ts, so an axis label and a sentence in the report write a number alike.
import { MINUS, NBSP } from "../locale/nb.js";

export const NUMBER_LOCALE = {
  decimal: ",",
  thousands: NBSP,
  grouping: [3],
  currency: ["", `${NBSP}kr`],
  percent: `${NBSP}%`,
  minus: MINUS,
} as const;

/** d3 format of a percent axis: 0.2 → "20 %". */
export const PERCENT_AXIS_FORMAT = ".0%";

/** Vega expression labelling an axis in percentage points: 5 → "+5 pp", −5 → "−5 pp". */
export const PP_LABEL_EXPR = `(datum.value > 0 ? '+' : '') + format(datum.value, '.0f') + '${NBSP}pp'`;

/** Vega expression labelling a diverging percent axis by magnitude: −0.4 → "40 %". */
export const ABS_PERCENT_LABEL_EXPR = `format(abs(datum.value), '${PERCENT_AXIS_FORMAT}')`;
