// The numbers a chart shows, as a table for a reader who cannot see the chart or wants the
// exact values ("Vis tallene" on the web). Built by each kind from the very rows it puts into
// its spec, so the table and the drawing never disagree.
import type { ChartNumbers } from "./types.js";

/** A cell with no value: the estimate is suppressed, not asked or not publishable. */
export const NO_VALUE = "–";

/**
 * One row per distinct `rowOf`, one column per distinct `columnOf` (both in order of first
 * appearance unless `columns` is given), each cell the row's formatted value.
 */
export function pivotNumbers<T>(
  values: readonly T[],
  rowHeader: string,
  pick: {
    rowOf: (value: T) => string;
    columnOf: (value: T) => string;
    cellOf: (value: T) => string;
  },
  columns: readonly string[] = [...new Set(values.map(pick.columnOf))],
): ChartNumbers {
  const rows = new Map<string, Map<string, string>>();
  for (const value of values) {
    const label = pick.rowOf(value);
    const row = rows.get(label) ?? new Map<string, string>();
    row.set(pick.columnOf(value), pick.cellOf(value));
    rows.set(label, row);
  }
  return {
    columns: [rowHeader, ...columns],
    rows: [...rows].map(([label, cells]) => [
      label,
      ...columns.map((c) => cells.get(c) ?? NO_VALUE),
    ]),
  };
}
