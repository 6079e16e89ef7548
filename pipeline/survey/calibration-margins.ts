// The calibration margins of one year: the population totals from the frame that the weights are
// calibrated to, against nonresponse that differs by municipality size and county (SPEC §5).
//
// Two margins, both cross-classifications the frame knows for every organisation:
//   class  the design strata, with the municipalities split by size class: stat,
//          fylkeskommune, kommune-<5k, kommune-5-20k, kommune-20-50k, kommune->50k. Their totals
//          add up to the strata's, so the sector totals N_h stay exactly as in the design.
//   fylke  the municipalities by county (fylke). State agencies have no county in the frame,
//          and each county has one county municipality, so a county margin for either would
//          be a census of one organisation per cell: they are in the class margin only.
// A cell with fewer than MIN_CELL_RESPONDENTS complete respondents is merged with the next cell
// of its margin in order (size classes from small to large, counties by code, which follows
// geography roughly; the last cell with the one before), until every cell has enough; Oslo,
// a county of one municipality, is always merged so. The merged cell is named by its members
// joined with "+" ("03+11"). A sector without respondents has no cell (nothing to weight).
//
// The calibration model has one 0/1 column per class cell and one per fylke cell but the first:
// the fylke cells add up to the municipalities, which the size classes already count, so the
// first is implied. (Which cell is left out does not change the weights or their variances.)
import type { FrameOrganisation, Sector, SizeClass } from "../ingest/types.js";
import { SECTORS, SIZE_CLASSES } from "../ingest/types.js";

export const MIN_CELL_RESPONDENTS = 5;

export type MarginName = "klasse" | "fylke";
export const MARGINS: readonly MarginName[] = ["klasse", "fylke"];

export interface MarginCell {
  margin: MarginName;
  /** "stat", "kommune-<5k", "03+11": the cell's members joined with "+". */
  label: string;
  /** Frame values the cell holds (a sector, size classes, county codes). */
  members: string[];
  /** Organisations in the frame: the population total the weights are calibrated to. */
  N: number;
  /** Complete respondents in the cell. */
  n: number;
}

export interface CalibrationMargins {
  /** Every cell of every margin, margin by margin, in order. */
  cells: MarginCell[];
  /** For each unit: the cells it is in (indices into `cells`), its class cell first. */
  unitCells: number[][];
  /** Cells that are columns of the calibration model, in column order. */
  columns: number[];
}

/** What the margins need of a respondent: its place in the frame. */
export interface CalibrationUnit {
  sektor: Sector;
  sizeClass: SizeClass | null;
  fylke: string;
}

/**
 * The margins and the cells of each unit. `margins` lists the margins to use (both by default;
 * the design drops fylke when the two cannot be met together).
 */
export function calibrationMargins(
  frame: readonly FrameOrganisation[],
  units: readonly CalibrationUnit[],
  margins: readonly MarginName[] = MARGINS,
): CalibrationMargins {
  const cells: MarginCell[] = [];
  const unitCells: number[][] = units.map(() => []);
  const columns: number[] = [];
  for (const margin of margins) {
    const keyOf = margin === "klasse" ? classKey : fylkeKey;
    const order = margin === "klasse" ? classOrder(frame) : fylkeOrder(frame);
    const N = countBy(frame, keyOf);
    const n = countBy(units, keyOf);
    const merged = mergeSmallCells(
      order.map((key) => ({ members: [key], N: N.get(key) ?? 0, n: n.get(key) ?? 0 })),
      margin === "klasse" ? (a, b) => sectorOf(a) === sectorOf(b) : () => true,
    );
    const first = cells.length;
    const indexOfKey = new Map<string, number>();
    merged.forEach((cell, i) => {
      cells.push({ margin, label: cell.members.join("+"), ...cell });
      for (const key of cell.members) indexOfKey.set(key, first + i);
      // The fylke cells add up to the municipalities: the first is implied by the classes.
      if (margin === "klasse" || i > 0) columns.push(first + i);
    });
    units.forEach((unit, i) => {
      const key = keyOf(unit);
      const cell = key === undefined ? undefined : indexOfKey.get(key);
      if (cell !== undefined) unitCells[i]!.push(cell);
    });
  }
  return { cells, unitCells, columns };
}

/** The class of an organisation: its sector, or for a municipality its size class. */
function classKey(org: { sektor: Sector; sizeClass: SizeClass | null }): string | undefined {
  return org.sektor === "kommune" ? (org.sizeClass ?? undefined) : org.sektor;
}

/** The county of a municipality; other sectors are not in the fylke margin. */
function fylkeKey(org: { sektor: Sector; fylke: string }): string | undefined {
  return org.sektor === "kommune" && org.fylke !== "" ? org.fylke : undefined;
}

function sectorOf(key: string): Sector {
  return (SECTORS as readonly string[]).includes(key) ? (key as Sector) : "kommune";
}

/** Sectors in design order with the municipalities' size classes in place of "kommune". */
function classOrder(frame: readonly FrameOrganisation[]): string[] {
  const present = new Set(frame.map((org) => classKey(org)));
  return SECTORS.flatMap((s) => (s === "kommune" ? [...SIZE_CLASSES] : [s])).filter((key) =>
    present.has(key),
  );
}

function fylkeOrder(frame: readonly FrameOrganisation[]): string[] {
  const codes = new Set<string>();
  for (const org of frame) {
    const key = fylkeKey(org);
    if (key !== undefined) codes.add(key);
  }
  return [...codes].sort();
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined) {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

interface Cell {
  members: string[];
  N: number;
  n: number;
}

/**
 * Merges every cell with fewer than MIN_CELL_RESPONDENTS respondents into the next cell that
 * `mergeable` allows (else the one before: the last of a run), the first such cell first, until
 * none is left or it has nothing to merge with. Cells without respondents and without anyone to merge
 * with are dropped: nobody can carry their total.
 */
function mergeSmallCells(cells: Cell[], mergeable: (a: string, b: string) => boolean): Cell[] {
  let list = cells.filter((c) => c.N > 0);
  for (;;) {
    const small = list.findIndex(
      (cell, i) => cell.n < MIN_CELL_RESPONDENTS && partner(list, i, mergeable) !== undefined,
    );
    if (small < 0) break;
    const other = partner(list, small, mergeable)!;
    const [a, b] = small < other ? [small, other] : [other, small];
    const joined: Cell = {
      members: [...list[a]!.members, ...list[b]!.members],
      N: list[a]!.N + list[b]!.N,
      n: list[a]!.n + list[b]!.n,
    };
    list = [...list.slice(0, a), joined, ...list.slice(b + 1)];
  }
  return list.filter((c) => c.n > 0);
}

function partner(
  list: readonly Cell[],
  i: number,
  mergeable: (a: string, b: string) => boolean,
): number | undefined {
  const key = list[i]!.members[0]!;
  const next = list[i + 1];
  if (next && mergeable(key, next.members[0]!)) return i + 1;
  const previous = list[i - 1];
  if (previous && mergeable(key, previous.members[0]!)) return i - 1;
  return undefined;
}
