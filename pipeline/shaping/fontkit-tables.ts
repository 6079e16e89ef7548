// The parts of a fontkit font and its OpenType layout tables that the fast layout reads. fontkit
// ships no types; this is the typed boundary, with the two table lookups (coverage index, glyph
// class) written as fontkit's OTProcessor does them.

export interface GlyphLike {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

export interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: Array<{ start: number; end: number; startCoverageIndex: number }>;
}

export interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: Array<{ start: number; end: number; class: number }>;
}

export interface ValueRecord {
  xPlacement?: number | null;
  yPlacement?: number | null;
  xAdvance?: number | null;
  yAdvance?: number | null;
}

/** restructure's lazy arrays: `get(i)` decodes one element, `toArray()` all of them. */
interface LazyArray<T> {
  get(index: number): T;
  toArray(): T[];
}

export interface Subtable {
  /** Where restructure read the subtable in the font file. */
  _startOffset?: number;
  version?: number;
  lookupType?: number;
  extension?: Subtable;
  coverage?: Coverage;
  coverages?: Coverage[];
  inputCoverage?: Coverage[];
  backtrackCoverage?: Coverage[];
  lookaheadCoverage?: Coverage[];
  ligatureSets?: LazyArray<
    | LazyArray<{ glyph: number; components: number[] }>
    | Array<{ glyph: number; components: number[] }>
  >;
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  pairSets?: LazyArray<
    LazyArray<{ secondGlyph: number; value1?: ValueRecord; value2?: ValueRecord }>
  >;
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: LazyArray<LazyArray<{ value1?: ValueRecord; value2?: ValueRecord }>>;
}

export interface Lookup {
  lookupType: number;
  flags?: { flags?: { ignoreBaseGlyphs?: boolean } };
  subTables: Subtable[];
}

interface Processor {
  lookupsForFeatures(features: string[]): Array<{ lookup: Lookup }>;
}

export interface ShapingFont {
  /** The font file's bytes, as fontkit read them. */
  stream?: { buffer: Uint8Array };
  layout(text: string, ...rest: unknown[]): unknown;
  glyphsForString(text: string): GlyphLike[];
  GDEF?: { glyphClassDef?: ClassDef } | null;
  _variationProcessor?: unknown;
  _layoutEngine?: {
    engine?: {
      setup?(run: unknown): void;
      cleanup?(): void;
      plan?: {
        stages: Array<string[] | ((...args: unknown[]) => void)>;
        globalFeatures: Record<string, boolean>;
      } | null;
      shaper?: { zeroMarkWidths?: string };
      GSUBProcessor?: Processor | null;
      GPOSProcessor?: Processor | null;
    };
  };
  /** Set once the fast layout is installed. */
  __simpleLayout?: boolean;
}

export function coverageIndex(coverage: Coverage, glyph: number): number {
  if (coverage.version === 1) return coverage.glyphs?.indexOf(glyph) ?? -1;
  if (coverage.version === 2)
    for (const range of coverage.rangeRecords ?? [])
      if (range.start <= glyph && glyph <= range.end)
        return range.startCoverageIndex + glyph - range.start;
  return -1;
}

export function coverageGlyphs(coverage: Coverage): number[] {
  if (coverage.version === 1) return [...(coverage.glyphs ?? [])];
  const glyphs: number[] = [];
  for (const range of coverage.rangeRecords ?? [])
    for (let glyph = range.start; glyph <= range.end; glyph++) glyphs.push(glyph);
  return glyphs;
}

/** A glyph's class; 0 for a glyph the class definition does not list. */
export function classOf(glyph: number, classDef: ClassDef): number {
  if (classDef.version === 1) {
    const i = glyph - (classDef.startGlyph ?? 0);
    const values = classDef.classValueArray ?? [];
    if (i >= 0 && i < values.length) return values[i]!;
  } else if (classDef.version === 2) {
    for (const range of classDef.classRangeRecord ?? [])
      if (range.start <= glyph && glyph <= range.end) return range.class;
  }
  return 0;
}

/** A restructure lazy array (decoded on `toArray`) or a plain one, as an array. */
export function toArray<T>(list: Iterable<T> | { toArray(): T[] }): T[] {
  return "toArray" in list ? list.toArray() : [...list];
}
