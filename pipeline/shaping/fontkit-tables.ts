// The parts of a fontkit font and its OpenType layout tables that reading a shaping plan uses.
// fontkit ships no types; this is the typed boundary.

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

/** Where restructure read a table in the font file (kerning reads the bytes there). */
export interface Located {
  _startOffset?: number;
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

export interface Subtable extends Located {
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
  glyphForCodePoint(codePoint: number): GlyphLike;
  GDEF?: { glyphClassDef?: Located } | null;
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

export function coverageGlyphs(coverage: Coverage): number[] {
  if (coverage.version === 1) return [...(coverage.glyphs ?? [])];
  const glyphs: number[] = [];
  for (const range of coverage.rangeRecords ?? [])
    for (let glyph = range.start; glyph <= range.end; glyph++) glyphs.push(glyph);
  return glyphs;
}

/** A restructure lazy array (decoded on `toArray`) or a plain one, as an array. */
export function toArray<T>(list: Iterable<T> | { toArray(): T[] }): T[] {
  return "toArray" in list ? list.toArray() : [...list];
}
