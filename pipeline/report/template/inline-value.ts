// The numbers inline directives stand for: an estimate, its change from the year before, or its
// base n — formatted the Norwegian way, ":" when suppressed (SPEC §5, §6).
import type { SourceLocation } from "../../errors.js";
import { GROUPS, type IndicatorEstimate } from "../../indicators/types.js";
import {
  formatNumber,
  formatPercent,
  formatPercentagePoints,
  formatRelativePercent,
} from "../../locale/nb.js";
import type { IndicatorDefinition } from "../../templates/indicator-definitions.js";
import { reportText } from "../messages.js";
import type { Directive, EstimateRef } from "./directive.js";
import { templateError } from "./template-error.js";

export type InlineDirective = Extract<Directive, { kind: "indicator" | "change" | "n" }>;

/** Estimates by indicator, group and year, plus what kind of measure each indicator is. */
export interface EstimateIndex {
  year: number;
  measures: Map<string, IndicatorDefinition["measure"]>;
  byKey: Map<string, IndicatorEstimate>;
}

export function indexEstimates(
  year: number,
  definitions: readonly IndicatorDefinition[],
  estimates: readonly IndicatorEstimate[],
): EstimateIndex {
  const measures = new Map(definitions.map((d) => [d.id, d.measure] as const));
  // Indicators computed upstream without a definition (the composite index) are means.
  for (const e of estimates) if (!measures.has(e.indicator)) measures.set(e.indicator, "mean");
  const byKey = new Map(estimates.map((e) => [key(e.indicator, e.group, e.year), e] as const));
  return { year, measures, byKey };
}

/** The text an inline directive stands for. */
export function inlineValue(
  directive: InlineDirective,
  index: EstimateIndex,
  location: SourceLocation,
): string {
  const estimate = resolveEstimate(directive, index, location);
  const measure = index.measures.get(directive.id) ?? "mean";
  if (directive.kind === "n") return formatNumber(estimate.n);
  const format =
    directive.kind === "change"
      ? directive.unit
      : (directive.format ?? (measure === "share" ? "pct" : "number"));
  if ((format === "pct" || format === "pp") && measure !== "share")
    throw templateError("TEMPLATE_FORMAT_INVALID", location, directive.id, format);
  if (estimate.suppressed) return reportText.suppressed;
  const digits = directive.digits;
  switch (format) {
    case "pct":
      return orSuppressed(estimate.estimate, (v) => formatPercent(v, digits ?? 0));
    case "number":
      return orSuppressed(estimate.estimate, (v) => formatNumber(v, digits ?? 1));
    case "pp":
      // changePp of a share is already in percentage points (×100); the formatter takes a
      // difference of proportions.
      return orSuppressed(estimate.changePp, (v) => formatPercentagePoints(v / 100, digits ?? 0));
    case "rel":
      return orSuppressed(estimate.changeRel, (v) => formatRelativePercent(v, digits ?? 0));
  }
}

/** Checks indicator, group and year, and returns the estimate the reference points at. */
function resolveEstimate(
  ref: EstimateRef,
  index: EstimateIndex,
  location: SourceLocation,
): IndicatorEstimate {
  if (!index.measures.has(ref.id))
    throw templateError("TEMPLATE_INDICATOR_UNKNOWN", location, ref.id, [...index.measures.keys()]);
  const group = ref.group ?? "alle";
  if (!(GROUPS as readonly string[]).includes(group))
    throw templateError("TEMPLATE_GROUP_UNKNOWN", location, group, GROUPS);
  const year = ref.year ?? index.year;
  const estimate = index.byKey.get(key(ref.id, group, year));
  if (!estimate) {
    const years = [...index.byKey.values()]
      .filter((e) => e.indicator === ref.id && e.group === group)
      .map((e) => e.year)
      .sort((a, b) => a - b);
    throw templateError("TEMPLATE_ESTIMATE_MISSING", location, ref.id, group, year, years);
  }
  return estimate;
}

function orSuppressed(value: number | null, format: (value: number) => string): string {
  return value === null ? reportText.suppressed : format(value);
}

function key(indicator: string, group: string, year: number): string {
  return `${indicator}\u0000${group}\u0000${year}`;
}
