// GPOS pair kerning as fontkit's processor applies it to a pair of neighbouring base glyphs: per
// kerning lookup the first subtable that takes the pair, its two value records. The subtables are
// read from the font file's bytes: restructure decodes a whole row of class records (or a whole
// pair set) into objects on every read, which made kerning the costliest part of measuring text
// and left ~18 MB of decoded records on the heap. A subtable is known by where it starts in the
// file, which is what a stored plan keeps (stored-plans.ts).
import type { ValueRecord } from "./fontkit-tables.js";
import { classIn, readClassDef, readCoverage, type ClassRanges } from "./layout-table-bytes.js";
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
  private readonly version: number;
  private readonly coverage: Map<number, number>;
  /** The value formats of the pair's first and second glyph (which fields a record has). */
  private readonly format1: number;
  private readonly format2: number;
  private readonly classDefs: [ClassRanges, ClassRanges] | undefined;
  private readonly classes = [new Map<number, number>(), new Map<number, number>()] as const;

  /** The subtable that starts at byte `start` of the font file (`bytes`). */
  constructor(
    private readonly bytes: DataView,
    readonly start: number,
  ) {
    this.version = bytes.getUint16(start);
    if (this.version !== 1 && this.version !== 2)
      throw new Error(`pair adjustment format ${this.version} at ${start}`);
    this.coverage = readCoverage(bytes, start + bytes.getUint16(start + 2));
    this.format1 = bytes.getUint16(start + 4);
    this.format2 = bytes.getUint16(start + 6);
    this.classDefs =
      this.version === 2
        ? [
            readClassDef(bytes, start + bytes.getUint16(start + 8)),
            readClassDef(bytes, start + bytes.getUint16(start + 10)),
          ]
        : undefined;
  }

  /** The two value records this subtable gives the pair, or undefined if it does not take it. */
  pair(first: number, second: number): [ValueRecord | null, ValueRecord | null] | undefined {
    const index = this.coverage.get(first);
    if (index === undefined) return undefined;
    return this.version === 1 ? this.fromPairSet(index, second) : this.fromClasses(first, second);
  }

  /** Format 1: the pair set of the first glyph, its first record for the second glyph. */
  private fromPairSet(index: number, second: number) {
    const { bytes, start, format1, format2 } = this;
    if (index >= bytes.getUint16(start + 8)) return undefined;
    const set = start + bytes.getUint16(start + 10 + 2 * index);
    const size = 2 + recordSize(format1) + recordSize(format2);
    const count = bytes.getUint16(set);
    for (let i = 0, at = set + 2; i < count; i++, at += size)
      if (bytes.getUint16(at) === second) return this.records(at + 2);
    return undefined;
  }

  /** Format 2: the class record of the two glyphs' classes (class 0 for a glyph not listed). */
  private fromClasses(first: number, second: number) {
    const { bytes, start, format1, format2 } = this;
    const class1 = this.classOf(0, first);
    const class2 = this.classOf(1, second);
    const class2Count = bytes.getUint16(start + 14);
    // A class beyond the counts is a malformed font (fontkit would throw): no adjustment here.
    if (class1 >= bytes.getUint16(start + 12) || class2 >= class2Count) return undefined;
    const size = recordSize(format1) + recordSize(format2);
    return this.records(start + 16 + (class1 * class2Count + class2) * size);
  }

  private classOf(which: 0 | 1, glyph: number): number {
    const known = this.classes[which];
    let value = known.get(glyph);
    if (value === undefined) known.set(glyph, (value = classIn(this.classDefs![which], glyph)));
    return value;
  }

  private records(at: number): [ValueRecord | null, ValueRecord | null] {
    const { bytes, format1, format2 } = this;
    return [valueRecord(bytes, at, format1), valueRecord(bytes, at + recordSize(format1), format2)];
  }
}

/** A value record's size: two bytes per field its format has (device tables are offsets). */
function recordSize(format: number): number {
  let size = 0;
  for (let bit = 1; bit <= 0x80; bit <<= 1) if (format & bit) size += 2;
  return size;
}

/** The placement and advance fields a value record has; null for a format without them. */
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

/** As fontkit's GPOS processor applies a value record (static fonts: no device deltas). */
export function applyValue(position: Position, value: ValueRecord): void {
  if (value.xAdvance != null) position.xAdvance += value.xAdvance;
  if (value.yAdvance != null) position.yAdvance += value.yAdvance;
  if (value.xPlacement != null) position.xOffset += value.xPlacement;
  if (value.yPlacement != null) position.yOffset += value.yPlacement;
}
