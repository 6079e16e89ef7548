// GPOS pair kerning as fontkit's processor applies it to a pair of neighbouring base glyphs: per
// kerning lookup the first subtable that takes the pair, its two value records. The tables are
// read through restructure's lazy arrays, which decode on every read; each is read once here.
import {
  classOf,
  coverageGlyphs,
  coverageIndex,
  toArray,
  type ClassDef,
  type Coverage,
  type Subtable,
  type ValueRecord,
} from "./fontkit-tables.js";
import type { Position } from "./simple-layout.js";
import type { ScriptPlan } from "./shaping-plan.js";

/** The value records of each kerning lookup that applies to a pair, in order. */
export type PairValues = Array<[ValueRecord | null, ValueRecord | null]>;

/** The adjustments of each kerning lookup to a pair: the first subtable that takes the pair. */
export function pairValues(
  plan: ScriptPlan,
  first: number,
  second: number,
): Array<[ValueRecord | null, ValueRecord | null]> {
  const values: Array<[ValueRecord | null, ValueRecord | null]> = [];
  for (const subtables of plan.kerning)
    for (const table of subtables) {
      const index = indexIn(table.coverage!, first);
      if (index === -1) continue;
      if (table.version === 1) {
        const pair = pairSet(table, index).get(second);
        if (!pair) continue;
        values.push([pair.value1 ?? null, pair.value2 ?? null]);
        break;
      }
      const class1 = classIn(table.classDef1!, first);
      const class2 = classIn(table.classDef2!, second);
      const record = classRecord(table, class1, class2);
      values.push([record.value1 ?? null, record.value2 ?? null]);
      break;
    }
  return values;
}

const coverageIndexes = new WeakMap<Coverage, Map<number, number>>();
const classes = new WeakMap<ClassDef, Map<number, number>>();
const classRecords = new WeakMap<Subtable, Map<number, PairRecord[]>>();

/** coverageIndex, from the coverage read once into a map. */
function indexIn(coverage: Coverage, glyph: number): number {
  let indexes = coverageIndexes.get(coverage);
  if (!indexes) {
    indexes = new Map(coverageGlyphs(coverage).map((g) => [g, coverageIndex(coverage, g)]));
    coverageIndexes.set(coverage, indexes);
  }
  return indexes.get(glyph) ?? -1;
}

/** classOf, remembered per glyph. */
function classIn(classDef: ClassDef, glyph: number): number {
  let known = classes.get(classDef);
  if (!known) classes.set(classDef, (known = new Map()));
  let value = known.get(glyph);
  if (value === undefined) known.set(glyph, (value = classOf(glyph, classDef)));
  return value;
}

function classRecord(table: Subtable, class1: number, class2: number): PairRecord {
  let rows = classRecords.get(table);
  if (!rows) classRecords.set(table, (rows = new Map()));
  let row = rows.get(class1);
  if (!row) rows.set(class1, (row = toArray(table.classRecords!.get(class1))));
  return row[class2]!;
}

type PairRecord = { value1?: ValueRecord; value2?: ValueRecord };

const pairSets = new WeakMap<Subtable, Map<number, Map<number, PairRecord>>>();

/** A pair set (format 1) as second glyph → record, the first record of a glyph winning. */
function pairSet(table: Subtable, index: number): Map<number, PairRecord> {
  let sets = pairSets.get(table);
  if (!sets) pairSets.set(table, (sets = new Map()));
  let set = sets.get(index);
  if (!set) {
    set = new Map();
    for (const pair of toArray(table.pairSets!.get(index)))
      if (!set.has(pair.secondGlyph)) set.set(pair.secondGlyph, pair);
    sets.set(index, set);
  }
  return set;
}

/** As fontkit's GPOS processor applies a value record (static fonts: no device deltas). */
export function applyValue(position: Position, value: ValueRecord): void {
  if (value.xAdvance != null) position.xAdvance += value.xAdvance;
  if (value.yAdvance != null) position.yAdvance += value.yAdvance;
  if (value.xPlacement != null) position.xOffset += value.xPlacement;
  if (value.yPlacement != null) position.yOffset += value.yPlacement;
}
