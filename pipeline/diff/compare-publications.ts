// `itip diff`: what changed between two publications of a year, pure. Every number of
// indicators.csv that differs (with whether a reader of the report can see it), the indicators
// and rows only one of them has, the columns only one has (their numbers are not listed), and
// the counts of rejects by file and code that differ.
import { beyondRounding, type Measure } from "./published-precision.js";
import type { PublishedYear } from "./read-publication.js";

/** The columns that name a row of indicators.csv; every other column is a published number. */
const ROW_KEY = ["indicator", "year", "group"] as const;

export interface RowKey {
  indicator: string;
  group: string;
  year: string;
}

export interface NumberChange extends RowKey {
  column: string;
  old: string;
  new: string;
  beyondRounding: boolean;
}

export interface RejectCountChange {
  file: string;
  code: string;
  old: number;
  new: number;
}

export interface PublicationDiff {
  year: number;
  oldFolder: string;
  newFolder: string;
  numbers: NumberChange[];
  indicatorsAdded: string[];
  indicatorsRemoved: string[];
  /** Columns of indicators.csv only one of them has (a newer version of itip, say). */
  columnsAdded: string[];
  columnsRemoved: string[];
  /** Rows of an indicator both have (a new group or year, say). */
  rowsAdded: RowKey[];
  rowsRemoved: RowKey[];
  rejects: RejectCountChange[];
}

export function comparePublications(
  old: PublishedYear,
  current: PublishedYear,
  measures: ReadonlyMap<string, Measure>,
): PublicationDiff {
  const oldRows = byKey(old.indicators);
  const newRows = byKey(current.indicators);
  const oldColumns = columnsOf(old.indicators);
  const newColumns = columnsOf(current.indicators);
  const compared = newColumns.filter(
    (c) => oldColumns.includes(c) && !(ROW_KEY as readonly string[]).includes(c),
  );
  const oldIds = new Set(old.indicators.map((r) => r.indicator ?? ""));
  const newIds = new Set(current.indicators.map((r) => r.indicator ?? ""));
  const numbers: NumberChange[] = [];
  const rowsAdded: RowKey[] = [];
  for (const [key, row] of newRows) {
    const before = oldRows.get(key);
    if (!before) {
      if (oldIds.has(row.indicator ?? "")) rowsAdded.push(rowKey(row));
      continue;
    }
    for (const column of compared) {
      const [from, to] = [before[column] ?? "", row[column] ?? ""];
      if (sameCell(from, to)) continue;
      const measure = measures.get(row.indicator ?? "");
      numbers.push({
        ...rowKey(row),
        column,
        old: from,
        new: to,
        beyondRounding: beyondRounding(column, measure, from, to),
      });
    }
  }
  const rowsRemoved = [...oldRows]
    .filter(([key, row]) => !newRows.has(key) && newIds.has(row.indicator ?? ""))
    .map(([, row]) => rowKey(row));
  return {
    year: current.year,
    oldFolder: old.folder,
    newFolder: current.folder,
    numbers,
    indicatorsAdded: [...newIds].filter((id) => !oldIds.has(id)),
    indicatorsRemoved: [...oldIds].filter((id) => !newIds.has(id)),
    columnsAdded: newColumns.filter((c) => !oldColumns.includes(c)),
    columnsRemoved: oldColumns.filter((c) => !newColumns.includes(c)),
    rowsAdded,
    rowsRemoved,
    rejects: rejectChanges(old.rejects, current.rejects),
  };
}

function byKey(rows: ReadonlyArray<Record<string, string>>): Map<string, Record<string, string>> {
  return new Map(rows.map((row) => [ROW_KEY.map((k) => row[k] ?? "").join("\t"), row]));
}

function columnsOf(rows: ReadonlyArray<Record<string, string>>): string[] {
  return Object.keys(rows[0] ?? {});
}

function rowKey(row: Record<string, string>): RowKey {
  return { indicator: row.indicator ?? "", group: row.group ?? "", year: row.year ?? "" };
}

/** The same text, or the same number written otherwise ("0.5" and "0.50"). */
function sameCell(a: string, b: string): boolean {
  return a === b || (a !== "" && b !== "" && Number(a) === Number(b));
}

function rejectChanges(
  old: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
): RejectCountChange[] {
  const keys = [...new Set([...old.keys(), ...current.keys()])].sort();
  return keys
    .filter((key) => (old.get(key) ?? 0) !== (current.get(key) ?? 0))
    .map((key) => {
      const [file = "", code = ""] = key.split("\t");
      return { file, code, old: old.get(key) ?? 0, new: current.get(key) ?? 0 };
    });
}
