// The two lookup tables of OpenType layout that kerning needs, read from the font file's bytes as
// the OpenType specification lays them out (and as fontkit's OTProcessor reads them): a coverage
// table (glyph → coverage index) and a class definition (glyph → class).

/** Coverage index of each glyph a coverage table (format 1 or 2) lists; the first entry wins. */
export function readCoverage(bytes: DataView, at: number): Map<number, number> {
  const indexes = new Map<number, number>();
  const format = bytes.getUint16(at);
  if (format !== 1 && format !== 2) throw new Error(`coverage format ${format}`);
  const count = bytes.getUint16(at + 2);
  for (let i = 0; i < count; i++) {
    if (format === 1) {
      const glyph = bytes.getUint16(at + 4 + 2 * i);
      if (!indexes.has(glyph)) indexes.set(glyph, i);
      continue;
    }
    const record = at + 4 + 6 * i;
    const start = bytes.getUint16(record);
    const end = bytes.getUint16(record + 2);
    const startIndex = bytes.getUint16(record + 4);
    for (let glyph = start; glyph <= end; glyph++)
      if (!indexes.has(glyph)) indexes.set(glyph, startIndex + glyph - start);
  }
  return indexes;
}

/** Class ranges [first glyph, last glyph, class] of a class definition (format 1 or 2). */
export type ClassRanges = Array<[number, number, number]>;

export function readClassDef(bytes: DataView, at: number): ClassRanges {
  const format = bytes.getUint16(at);
  if (format === 1) {
    const startGlyph = bytes.getUint16(at + 2);
    const count = bytes.getUint16(at + 4);
    const ranges: ClassRanges = [];
    for (let i = 0; i < count; i++) {
      const glyph = startGlyph + i;
      ranges.push([glyph, glyph, bytes.getUint16(at + 6 + 2 * i)]);
    }
    return ranges;
  }
  if (format !== 2) throw new Error(`class definition format ${format}`);
  const count = bytes.getUint16(at + 2);
  const ranges: ClassRanges = [];
  for (let i = 0; i < count; i++) {
    const record = at + 4 + 6 * i;
    ranges.push([
      bytes.getUint16(record),
      bytes.getUint16(record + 2),
      bytes.getUint16(record + 4),
    ]);
  }
  return ranges;
}

/** A glyph's class: the first range that holds it; 0 for a glyph no range lists. */
export function classIn(ranges: ClassRanges, glyph: number): number {
  for (const [first, last, value] of ranges) if (first <= glyph && glyph <= last) return value;
  return 0;
}
