// Change from the year before, in percentage points and in relative percent — two different
// numbers that the report must never mix up (SPEC §5).
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { IndicatorEstimate } from "./types.js";

export function withChangeFromYearBefore(
  rows: readonly IndicatorEstimate[],
  definitions: readonly IndicatorDefinition[],
): IndicatorEstimate[] {
  const measureOf = new Map(definitions.map((d) => [d.id, d.measure]));
  const byKey = new Map(rows.map((row) => [keyOf(row.indicator, row.group, row.year), row]));
  return rows.map((row) => {
    const before = byKey.get(keyOf(row.indicator, row.group, row.year - 1));
    if (!before || row.estimate === null || before.estimate === null) return row;
    // For shares the difference is stated in percentage points; for means in scale units.
    const scale = measureOf.get(row.indicator) === "share" ? 100 : 1;
    return {
      ...row,
      changePp: (row.estimate - before.estimate) * scale,
      changeRel: before.estimate === 0 ? null : (row.estimate / before.estimate - 1) * 100,
    };
  });
}

function keyOf(indicator: string, group: string, year: number): string {
  return `${indicator}|${group}|${year}`;
}
