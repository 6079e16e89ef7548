// Dirty rows planted in every year's dataset.csv: realistic mistakes the importer must reject
// and report (SPEC §3.4, §9). Every year has a duplicate respondent, an orgnr that fails the
// mod-11 check, an id that is not in the frame and a code out of range; some years also have a
// label where a code belongs, a multi-choice cell "2" and a status with no flag or two flags.
// What was planted is returned, so tests can check that the importer rejects exactly those.
import { CellCode, RowCode } from "../ingest/messages.js";
import type { ExportColumn, QuestionColumn } from "./export-layout.js";
import { withBadChecksum } from "./orgnr-checksum.js";
import { randomFor, shuffled, type Random } from "../seeded-random.js";

export type DirtyKind =
  | "duplicate-id"
  | "bad-orgnr"
  | "unknown-id"
  | "code-out-of-range"
  | "label-for-code"
  | "multi-not-binary"
  | "status-no-flag"
  | "status-several-flags";

/** The importer's reject code for each kind (pipeline/ingest/messages.ts). */
export const DIRTY_CODES: Readonly<Record<DirtyKind, string>> = {
  "duplicate-id": RowCode.duplicateId,
  "bad-orgnr": RowCode.orgnrChecksum,
  "unknown-id": RowCode.idNotInFrame,
  "code-out-of-range": CellCode.codeOutOfRange,
  "label-for-code": CellCode.labelNotCode,
  "multi-not-binary": CellCode.multiNotBinary,
  "status-no-flag": RowCode.statusNone,
  "status-several-flags": RowCode.statusSeveral,
};

/** Row-level kinds lose the whole record; cell-level kinds blank one cell and keep the row. */
export const CELL_LEVEL_KINDS: ReadonlySet<DirtyKind> = new Set([
  "code-out-of-range",
  "label-for-code",
  "multi-not-binary",
]);

export interface DirtyRow {
  year: number;
  /** Path relative to the input folder: `2020/dataset.csv`. */
  file: string;
  kind: DirtyKind;
  code: string;
  /** Physical line where the record starts (header = line 1; comments may span lines). */
  line: number;
  /** 1-based number of the data record (header not counted). */
  record: number;
  id: string;
  /** The variable holding the planted value (cell-level kinds, bad orgnr and unknown id). */
  column: string | null;
  /** The planted raw value. */
  value: string;
}

interface PlantedRecord {
  cells: string[];
  planted?: { kind: DirtyKind; column: string | null; value: string };
}

export interface DirtyContext {
  year: number;
  seed: number;
  columns: readonly ExportColumn[];
  /** An [id, orgnr] that is not in this year's frame (an old or foreign respondent). */
  unknownOrganisation: readonly [string, string];
}

const OPTIONAL_KINDS: readonly DirtyKind[] = [
  "label-for-code",
  "multi-not-binary",
  "status-no-flag",
  "status-several-flags",
];

function indexOf(columns: readonly ExportColumn[], name: string): number {
  return columns.findIndex((c) => c.name === name);
}

/** A scale question with codes 1–5 plus "vet ikke" that is asked this year. */
function scaleColumns(columns: readonly ExportColumn[]) {
  return columns.filter(
    (c): c is QuestionColumn =>
      c.kind === "single" && [1, 2, 3, 4, 5].every((code) => c.question.codes.has(code)),
  );
}

function pick<T>(items: readonly T[], random: Random): T {
  const item = items[random.int(items.length)];
  if (item === undefined) throw new Error("nothing to pick from");
  return item;
}

/** Modify `record` in place so that it carries `kind`. */
function plantInto(record: PlantedRecord, kind: DirtyKind, context: DirtyContext, r: Random) {
  const { columns } = context;
  const set = (name: string, value: string) => {
    record.cells[indexOf(columns, name)] = value;
  };
  const statusNames = columns.filter((c) => c.kind === "status").map((c) => c.name);
  switch (kind) {
    case "bad-orgnr": {
      const name = columns[1]?.name ?? "orgnr";
      const value = withBadChecksum(record.cells[1] ?? "");
      set(name, value);
      return { kind, column: name, value };
    }
    case "code-out-of-range": {
      const column = pick(scaleColumns(columns), r);
      const value = column.question.codes.has(7) ? "0" : "7";
      set(column.name, value);
      return { kind, column: column.name, value };
    }
    case "label-for-code": {
      const agreement = scaleColumns(columns).filter((c) => c.question.codes.get(4) === "Enig");
      const column = pick(agreement, r);
      const value = column.question.codes.get(pick([2, 4, 5], r)) ?? "Enig";
      set(column.name, value);
      return { kind, column: column.name, value };
    }
    case "multi-not-binary": {
      const column = pick(
        columns.filter((c) => c.kind === "multi"),
        r,
      );
      set(column.name, "2");
      return { kind, column: column.name, value: "2" };
    }
    case "status-no-flag":
    case "status-several-flags": {
      // Several flags: "Noen svar" and "Gjennomført" both set.
      const flags = statusNames.map((_, i) =>
        kind === "status-several-flags" && (i === 2 || i === 3) ? "1" : "0",
      );
      statusNames.forEach((name, i) => set(name, flags[i] ?? "0"));
      return { kind, column: null, value: flags.join(" ") };
    }
    default:
      throw new Error(`${kind} is not planted into an existing record`);
  }
}

function countLineBreaks(cells: readonly string[]): number {
  return cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
}

/**
 * Plants the year's dirty rows into the data records (header excluded). `completeRows` are the
 * indices of complete responses, the rows a mistake is planted into or copied from.
 */
export function plantDirtyRows(
  records: readonly string[][],
  completeRows: readonly number[],
  context: DirtyContext,
): { records: string[][]; dirtyRows: DirtyRow[] } {
  const r = randomFor(context.seed, "dirty", context.year);
  const rows: PlantedRecord[] = records.map((cells) => ({ cells: [...cells] }));
  const candidates = shuffled(completeRows, r);
  const take = (accept: (row: PlantedRecord) => boolean = () => true): PlantedRecord => {
    const index = candidates.findIndex((i) => accept(rows[i] as PlantedRecord));
    const row = rows[candidates[index] ?? -1];
    if (index < 0 || !row) throw new Error("too few complete responses to plant dirty rows");
    candidates.splice(index, 1);
    return row;
  };

  const optional = shuffled(OPTIONAL_KINDS, r).slice(0, r.int(OPTIONAL_KINDS.length + 1));
  for (const kind of ["bad-orgnr", "code-out-of-range", ...optional] as DirtyKind[]) {
    const row = take(
      kind === "bad-orgnr" ? (row) => /^\d{9}$/.test(row.cells[1] ?? "") : undefined,
    );
    row.planted = plantInto(row, kind, context, r);
  }

  // A respondent who answered twice (the second record is the one to reject), and a respondent
  // that is not in this year's frame. Both are copies of complete responses.
  const original = take();
  const strangerSource = take();
  const idColumn = context.columns[0]?.name ?? "id";
  const duplicate: PlantedRecord = {
    cells: [...original.cells],
    planted: { kind: "duplicate-id", column: idColumn, value: original.cells[0] ?? "" },
  };
  const [unknownId, unknownOrgnr] = context.unknownOrganisation;
  const stranger: PlantedRecord = {
    cells: [unknownId, unknownOrgnr, ...strangerSource.cells.slice(2)],
    planted: { kind: "unknown-id", column: idColumn, value: unknownId },
  };
  const originalAt = rows.indexOf(original);
  rows.splice(originalAt + 1 + r.int(rows.length - originalAt), 0, duplicate);
  rows.splice(r.int(rows.length + 1), 0, stranger);

  const dirtyRows: DirtyRow[] = [];
  let line = 2;
  rows.forEach((row, i) => {
    if (row.planted)
      dirtyRows.push({
        year: context.year,
        file: `${context.year}/dataset.csv`,
        ...row.planted,
        code: DIRTY_CODES[row.planted.kind],
        line,
        record: i + 1,
        id: row.cells[0] ?? "",
      });
    line += 1 + countLineBreaks(row.cells);
  });
  return { records: rows.map((row) => row.cells), dirtyRows };
}
