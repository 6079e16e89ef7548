// Text of the bench's tables: durations, sizes and counts, right-aligned in fixed columns.
import type { Spread } from "./stats.js";

const thousands = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

export function count(n: number): string {
  return thousands.format(n);
}

/** 734 ms, 12.3 s, 205 s: three significant figures are all a noisy machine can give. */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  if (ms < 1000) return `${ms.toFixed(0)} ms`;
  if (ms < 100_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  return `${(ms / 1000).toFixed(0)} s`;
}

/** "6.12 s (5.90–6.40)", or the one value when there was one run. */
export function durationSpread(s: Spread): string {
  if (s.n <= 1) return duration(s.median);
  return `${duration(s.median)} (${duration(s.min)}–${duration(s.max)})`;
}

export function megabytes(mb: number): string {
  return Number.isFinite(mb) ? `${mb.toFixed(0)} MB` : "–";
}

/** Rows of cells as a table: the first column left-aligned, the others right-aligned. */
export function table(rows: readonly (readonly string[])[], gap = 3): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join(" ".repeat(gap))
        .trimEnd(),
    )
    .join("\n");
}
