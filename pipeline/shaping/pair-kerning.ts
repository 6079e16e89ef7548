// GPOS pair kerning as fontkit's processor applies it to a pair of neighbouring base glyphs: per
// kerning lookup the first subtable that takes the pair, its two value records. The records are
// read from the font file's bytes: restructure decodes a whole row of class records (or a whole
// pair set) into objects on every read, which made kerning the costliest part of measuring text
// and left ~18 MB of decoded records on the heap.
import {
  classOf,
  coverageGlyphs,
  coverageIndex,
  type ClassDef,
  type Subtable,
  type ValueRecord,
} from "./fontkit-tables.js";
import type { Position } from "./simple-layout.js";
import type { ScriptPlan } from "./shaping-plan.js";

/** The value records of each kerning lookup that applies to a pair, in order. */
export type PairValues = Array<[ValueRecord | null, ValueRecord | null]>;

/** The adjustments of each kerning lookup to a pair: the first subtable that takes the pair. */
export function pairValues(plan: ScriptPlan, first: number, second: number): PairValues {
  const values: PairValues = [];
  for (const tables of plan.kerning)
    for (const table of tables) {
      const pair = table.pair(first, second);
      if (!pair) continue;
      values.push(pair);
      break;
    }
  return values;
}

/** OpenType ValueRecord fields, in the order the value format's bits give them. */
const VALUE_FIELDS = ["xPlacement", "yPlacement", "xAdvance", "yAdvance"] as const;

/**
 * A pair-adjustment subtable (GPOS lookup type 2, format 1 or 2) over the font file's bytes,
 * laid out as the OpenType specification gives it.
 */
export class PairTable {
  private readonly coverageIndexes: Map<number, number>;
  /** The value formats of the pair's first and second glyph (which fields a record has). */
  private readonly format1: number;
  private readonly format2: number;
  private readonly classes1 = new Map<number, number>();
  private readonly classes2 = new Map<number, number>();

  private constructor(
    private readonly table: Subtable,
    private readonly bytes: DataView,
    private readonly start: number,
  ) {
    const coverage = table.coverage!;
    this.coverageIndexes = new Map(
      coverageGlyphs(coverage).map((g) => [g, coverageIndex(coverage, g)]),
    );
    this.format1 = bytes.getUint16(start + 4);
    this.format2 = bytes.getUint16(start + 6);
  }

  /**
   * The subtable over `font` (the whole font file); null where its bytes do not say what fontkit
   * decoded, so that the caller keeps fontkit's layout.
   */
  static of(table: Subtable, font: Uint8Array): PairTable | null {
    const start = table._startOffset;
    if (start === undefined || !table.coverage || start + 16 > font.byteLength) return null;
    const bytes = new DataView(font.buffer, font.byteOffset, font.byteLength);
    if (bytes.getUint16(start) !== table.version) return null;
    if (table.version === 2 && (!table.classDef1 || !table.classDef2)) return null;
    return new PairTable(table, bytes, start);
  }

  /** The two value records this subtable gives the pair, or undefined if it does not take it. */
  pair(first: number, second: number): [ValueRecord | null, ValueRecord | null] | undefined {
    const index = this.coverageIndexes.get(first);
    if (index === undefined || index === -1) return undefined;
    return this.table.version === 1
      ? this.fromPairSet(index, second)
      : this.fromClasses(first, second);
  }

  /** Format 1: the pair set of the first glyph, its first record for the second glyph. */
  private fromPairSet(index: number, second: number) {
    const { bytes, start, format1, format2 } = this;
    if (index >= bytes.getUint16(start + 8)) return undefined;
    const set = start + bytes.getUint16(start + 10 + 2 * index);
    const size = 2 + recordSize(format1) + recordSize(format2);
    const count = bytes.getUint16(set);
    for (let i = 0, at = set + 2; i < count; i++, at += size)
      if (bytes.getUint16(at) === second) return this.records(at + 2, format1, format2);
    return undefined;
  }

  /** Format 2: the class record of the two glyphs' classes (class 0 for a glyph not listed). */
  private fromClasses(first: number, second: number) {
    const { bytes, start, format1, format2 } = this;
    const class1 = classIn(this.classes1, this.table.classDef1!, first);
    const class2 = classIn(this.classes2, this.table.classDef2!, second);
    const class2Count = bytes.getUint16(start + 14);
    // A class beyond the counts is a malformed font (fontkit would throw): no adjustment here.
    if (class1 >= bytes.getUint16(start + 12) || class2 >= class2Count) return undefined;
    const size = recordSize(format1) + recordSize(format2);
    return this.records(start + 16 + (class1 * class2Count + class2) * size, format1, format2);
  }

  private records(
    at: number,
    format1: number,
    format2: number,
  ): [ValueRecord | null, ValueRecord | null] {
    return [
      valueRecord(this.bytes, at, format1),
      valueRecord(this.bytes, at + recordSize(format1), format2),
    ];
  }
}

/** A value record's size: two bytes per field its format has (device tables are offsets). */
function recordSize(format: number): number {
  let size = 0;
  for (let bit = 1; bit <= 0x80; bit <<= 1) if (format & bit) size += 2;
  return size;
}

/** The placement and advance fields a value record has; null for an empty format. */
function valueRecord(bytes: DataView, at: number, format: number): ValueRecord | null {
  if ((format & 0x0f) === 0) return null;
  const record: ValueRecord = {};
  let offset = at;
  VALUE_FIELDS.forEach((field, bit) => {
    if (!(format & (1 << bit))) return;
    record[field] = bytes.getInt16(offset);
    offset += 2;
  });
  return record;
}

/** classOf, remembered per glyph. */
function classIn(known: Map<number, number>, classDef: ClassDef, glyph: number): number {
  let value = known.get(glyph);
  if (value === undefined) known.set(glyph, (value = classOf(glyph, classDef)));
  return value;
}

/** As fontkit's GPOS processor applies a value record (static fonts: no device deltas). */
export function applyValue(position: Position, value: ValueRecord): void {
  if (value.xAdvance != null) position.xAdvance += value.xAdvance;
  if (value.yAdvance != null) position.yAdvance += value.yAdvance;
  if (value.xPlacement != null) position.xOffset += value.xPlacement;
  if (value.yPlacement != null) position.yOffset += value.yPlacement;
}
