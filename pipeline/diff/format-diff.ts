// How `itip diff` prints what changed: plain text for a terminal, or Markdown for a CI summary
// (`--markdown`; the workflow appends it to $GITHUB_STEP_SUMMARY).
import type {
  NumberChange,
  PublicationDiff,
  RejectCountChange,
  RowKey,
} from "./compare-publications.js";

/** Rows of a Markdown table at most: a step summary holds at most 1 MiB. */
const MARKDOWN_ROWS = 200;

/** One line saying how much changed. */
export function diffSummary(diff: PublicationDiff): string {
  const beyond = diff.numbers.filter((n) => n.beyondRounding).length;
  const parts = [
    `${diff.numbers.length} ${plural(diff.numbers.length, "number")} changed, ${beyond} beyond rounding`,
    `${diff.indicatorsAdded.length} ${plural(diff.indicatorsAdded.length, "indicator")} added, ${diff.indicatorsRemoved.length} removed`,
    `${diff.rowsAdded.length} ${plural(diff.rowsAdded.length, "row")} added, ${diff.rowsRemoved.length} removed`,
    `${diff.rejects.length} rejects ${plural(diff.rejects.length, "count")} changed`,
  ];
  return `${diff.year}: ${parts.join("; ")}`;
}

export function formatDiffText(diff: PublicationDiff): string {
  const lines = [`${diff.oldFolder} → ${diff.newFolder}`, diffSummary(diff)];
  const table = alignedTable(
    ["indicator", "group", "year", "number", "old", "", "new", ""],
    diff.numbers.map((n) => [...numberCells(n).slice(0, 5), "→", n.new, rounding(n)]),
  );
  lines.push(...table.map((line) => `  ${line}`));
  if (diff.indicatorsAdded.length)
    lines.push(`  indicators added: ${diff.indicatorsAdded.join(", ")}`);
  if (diff.indicatorsRemoved.length)
    lines.push(`  indicators removed: ${diff.indicatorsRemoved.join(", ")}`);
  for (const column of diff.columnsAdded) lines.push(`  column added: ${column}`);
  for (const column of diff.columnsRemoved) lines.push(`  column removed: ${column}`);
  for (const row of diff.rowsAdded) lines.push(`  row added: ${rowText(row)}`);
  for (const row of diff.rowsRemoved) lines.push(`  row removed: ${rowText(row)}`);
  for (const r of diff.rejects) lines.push(`  rejects: ${rejectText(r)}`);
  return lines.join("\n");
}

export function formatDiffMarkdown(diff: PublicationDiff): string {
  const beyond = diff.numbers.filter((n) => n.beyondRounding);
  const within = diff.numbers.filter((n) => !n.beyondRounding);
  const header = ["Indicator", "Group", "Year", "Number", "Old", "New"];
  const out = [`### What changed in ${diff.year}`, "", `${diffSummary(diff)}.`, ""];
  if (beyond.length)
    out.push("Beyond rounding:", "", ...markdownTable(header, beyond.map(numberCells)), "");
  if (within.length)
    out.push(
      `<details><summary>${within.length} within rounding</summary>`,
      "",
      ...markdownTable(header, within.map(numberCells)),
      "",
      "</details>",
      "",
    );
  const items = [
    ...diff.indicatorsAdded.map((id) => `indicator added: \`${id}\``),
    ...diff.indicatorsRemoved.map((id) => `indicator removed: \`${id}\``),
    ...diff.columnsAdded.map((c) => `column added: \`${c}\``),
    ...diff.columnsRemoved.map((c) => `column removed: \`${c}\``),
    ...diff.rowsAdded.map((row) => `row added: ${rowText(row)}`),
    ...diff.rowsRemoved.map((row) => `row removed: ${rowText(row)}`),
    ...diff.rejects.map((r) => `rejects: ${rejectText(r)}`),
  ];
  if (items.length) out.push(...items.map((item) => `- ${item}`), "");
  return out.join("\n");
}

function numberCells(n: NumberChange): string[] {
  return [n.indicator, n.group, n.year, n.column, n.old || "(blank)", n.new || "(blank)"];
}

function rounding(n: NumberChange): string {
  return n.beyondRounding ? "beyond rounding" : "within rounding";
}

function rowText(row: RowKey): string {
  return `${row.indicator} ${row.group} ${row.year}`;
}

function rejectText(r: RejectCountChange): string {
  return `${r.file} ${r.code} ${r.old} → ${r.new}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

function alignedTable(header: string[], rows: string[][]): string[] {
  if (rows.length === 0) return [];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  return [header, ...rows].map((cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd(),
  );
}

function markdownTable(header: string[], rows: string[][]): string[] {
  const cell = (text: string) => text.replaceAll("|", "\\|");
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  const shown = rows.slice(0, MARKDOWN_ROWS).map(line);
  if (rows.length > MARKDOWN_ROWS)
    shown.push(
      line([`… and ${rows.length - MARKDOWN_ROWS} more`, ...header.slice(1).map(() => "")]),
    );
  return [line(header), line(header.map(() => "---")), ...shown];
}
