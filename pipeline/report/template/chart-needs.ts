// What a chart needs of the report year, by kind: a trend two years of its indicator, bars the
// indicators asked that year, a Likert chart its question, change dots a change from the year
// before. Optional indicators (patterns, `id?`) the year lacks are left out of the chart and
// listed; a chart left with nothing to show needs a `{{ needs … }}` around it.
import type { ChartRequest } from "../../charts/chart-request.js";
import type { IndicatorDefinition } from "../../templates/indicator-definitions.js";
import { selectAsked } from "../../templates/indicator-list.js";
import type { Availability } from "./availability.js";

export interface ChartNeeds {
  /** Why the chart cannot be drawn this year; empty when it can. */
  reasons: string[];
  /** The `needs` arguments that would state the rule, e.g. `trend="strategi"`. */
  suggestion: string;
  /** Optional indicators the chart leaves out this year. */
  leftOut: IndicatorDefinition[];
}

export function chartNeeds(
  request: ChartRequest,
  definitions: readonly IndicatorDefinition[],
  available: Availability,
): ChartNeeds {
  const reasons = (...found: Array<string | undefined>) =>
    found.filter((r): r is string => r !== undefined);
  switch (request.kind) {
    case "trend":
      return {
        reasons: reasons(available.trend(request.indicator)),
        suggestion: `trend="${request.indicator}"`,
        leftOut: [],
      };
    case "sizes":
    case "sensitivity":
    case "own-trend":
      return {
        reasons: reasons(available.indicator(request.indicator)),
        suggestion: `indicators="${request.indicator}"`,
        leftOut: [],
      };
    case "likert":
      return {
        reasons: reasons(available.question(request.question)),
        suggestion: `questions="${request.question}"`,
        leftOut: [],
      };
    case "bars":
    case "position":
      return listNeeds(request.indicators, definitions, "indicators", (id) =>
        available.indicator(id),
      );
    case "multiples":
      return listNeeds(request.indicators, definitions, "trend", (id) => available.trend(id));
    case "changes":
      return listNeeds(request.indicators, definitions, "changes", (id) => available.change(id));
    case "response":
      // Every year has a frame and its response rates.
      return { reasons: [], suggestion: "", leftOut: [] };
  }
}

function listNeeds(
  list: readonly string[],
  definitions: readonly IndicatorDefinition[],
  need: "indicators" | "trend" | "changes",
  unmet: (id: string) => string | undefined,
): ChartNeeds {
  const selection = selectAsked(list, definitions, (id) => unmet(id) === undefined);
  const lacking =
    selection.shown.length === 0 ? [...selection.missing, ...selection.leftOut] : selection.missing;
  return {
    reasons: lacking.map((d) => unmet(d.id) ?? d.id),
    suggestion: `${need}="${lacking.map((d) => d.id).join(", ")}"`,
    leftOut: selection.shown.length === 0 ? [] : selection.leftOut,
  };
}
