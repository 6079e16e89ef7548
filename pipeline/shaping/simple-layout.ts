// Fast, exact text layout for plain words. Shaping a word with fontkit (GSUB substitutions, then
// GPOS positioning) costs about a third of a millisecond; a report shapes a few thousand
// distinct words in the charts and the PDF, so shaping was the largest item of a cold build.
//
// Most words need none of it: in Source Sans 3 the substitutions the default features would
// make (ligatures, contextual alternates, localised forms, …) start only at certain glyphs, and
// the only positioning that applies to base glyphs is pair kerning. For a word whose glyphs are
// all outside every substitution's and every non-kerning lookup's coverage, the layout is the
// glyphs of the cmap, their advance widths, and the pair adjustments of the kerning lookups —
// read here from the same GPOS tables, in the same order, with the same rules as fontkit's own
// processor. Any other word (a ligature "fi", a mark, an unusual character, a user feature) goes
// to fontkit unchanged. The result is the same glyphs and positions as fontkit's, which is what
// keeps the PDF's bytes, its text layer and the chart layouts identical; a test holds every
// letter pair of the Norwegian alphabet and every word of the templates to that.
import type {
  ShapingFont,
  GlyphLike,
  Lookup,
  Subtable,
  Coverage,
  ValueRecord,
} from "./fontkit-tables.js";
import { coverageGlyphs, coverageIndex, classOf, type ClassDef } from "./fontkit-tables.js";

export interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** What fontkit's GlyphRun offers its users (pdfkit, our text metrics). */
export class SimpleGlyphRun {
  constructor(
    readonly glyphs: GlyphLike[],
    readonly positions: Position[],
  ) {}

  /** Summed in order, as fontkit's GlyphRun does, so that the floating-point result is equal. */
  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

/** How the default features of one script shape a font: what blocks the fast path, the kerning. */
interface ScriptPlan {
  /** Glyphs at which some substitution or non-kerning positioning could start. */
  blocked: Set<number>;
  /** Rules that apply only in context (ligatures, chained contexts), by their first glyph. */
  inContext: Map<number, ContextRule[]>;
  /** Pair-adjustment subtables, lookup by lookup in the order fontkit applies them. */
  kerning: Subtable[][];
}

/** Whether a substitution would apply at position `at` of a word of base glyphs. */
type ContextRule = (glyphs: readonly number[], at: number) => boolean;

interface Plans {
  latin: ScriptPlan;
  common: ScriptPlan;
  /** The glyph of each character met so far (the cmap is slow to read through restructure). */
  glyphOfChar: Map<number, GlyphLike>;
  /** GDEF glyph classes (1 base, 2 ligature, 3 mark, 4 component; 0 unclassed). */
  glyphClass: (glyph: number) => number;
}

/**
 * Makes `font.layout` take the fast path where it is exact. Idempotent; a font whose tables the
 * fast path does not understand keeps fontkit's layout for every word. `ITIP_FONTKIT_LAYOUT=1`
 * turns the fast path off (to compare).
 */
export function useSimpleLayout(font: ShapingFont): void {
  if (font.__simpleLayout || process.env.ITIP_FONTKIT_LAYOUT === "1") return;
  font.__simpleLayout = true;
  const fontkitLayout = font.layout.bind(font);
  let plans: Plans | null | undefined;
  const pairs = new Map<number, Array<[ValueRecord | null, ValueRecord | null]>>();
  font.layout = (text: string, ...rest: unknown[]) => {
    const plain = rest.length === 0 || (rest.length === 1 && isNoFeatures(rest[0]));
    if (!plain || !isSimpleText(text)) return fontkitLayout(text, ...rest);
    plans ??= readPlans(font, fontkitLayout);
    const run = plans && simpleRun(font, plans, pairs, text);
    return run ?? fontkitLayout(text, ...rest);
  };
}

function isNoFeatures(features: unknown): boolean {
  return (
    features === undefined ||
    features === null ||
    (Array.isArray(features) && features.length === 0)
  );
}

/**
 * Characters whose glyphs fontkit maps one to one from the cmap, none of them default-ignorable
 * (U+00AD and friends are hidden by fontkit) or combining.
 */
function isSimpleText(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) continue;
    if (c >= 0xa0 && c <= 0xff && c !== 0xad) continue;
    if (c === 0x2013 || c === 0x2014 || c === 0x2212 || c === 0x2026 || c === 0x2009) continue;
    if (c === 0x202f || (c >= 0x2018 && c <= 0x201e)) continue;
    return false;
  }
  return true;
}

/** fontkit picks the script from the first letter: Latin if there is one, otherwise "Unknown". */
function hasLatinLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
    if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) return true;
    if (c === 0xaa || c === 0xba) return true;
  }
  return false;
}

function simpleRun(
  font: ShapingFont,
  plans: Plans,
  pairs: Map<number, Array<[ValueRecord | null, ValueRecord | null]>>,
  text: string,
): SimpleGlyphRun | undefined {
  const plan = hasLatinLetter(text) ? plans.latin : plans.common;
  const glyphs = glyphsOf(font, plans, text);
  const ids = glyphs.map((glyph) => glyph.id);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (plan.blocked.has(id) || isLigatureOrMark(plans.glyphClass(id))) return undefined;
    if (plan.inContext.get(id)?.some((applies) => applies(ids, i))) return undefined;
  }
  const positions: Position[] = glyphs.map((glyph) => ({
    xAdvance: glyph.advanceWidth,
    yAdvance: 0,
    xOffset: 0,
    yOffset: 0,
  }));
  for (let i = 0; i + 1 < glyphs.length; i++) {
    const first = glyphs[i]!.id;
    const second = glyphs[i + 1]!.id;
    const key = first * 0x10000 + second;
    let values = pairs.get(key);
    if (!values) pairs.set(key, (values = pairValues(plan, first, second)));
    for (const [value1, value2] of values) {
      if (value1) applyValue(positions[i]!, value1);
      if (value2) applyValue(positions[i + 1]!, value2);
    }
  }
  return new SimpleGlyphRun(glyphs, positions);
}

/**
 * Ligatures and marks are what lookup flags skip (fontkit's glyph iterator ignores marks, base
 * glyphs or ligatures, never components or unclassed glyphs); a word with them goes to fontkit.
 */
function isLigatureOrMark(glyphClass: number): boolean {
  return glyphClass === 2 || glyphClass === 3;
}

/**
 * fontkit's glyphs for the text: plain text has one UTF-16 unit per character and no variation
 * selectors, so each character maps on its own, to the glyph object fontkit caches for it.
 */
function glyphsOf(font: ShapingFont, plans: Plans, text: string): GlyphLike[] {
  const glyphs: GlyphLike[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    let glyph = plans.glyphOfChar.get(char);
    if (!glyph) plans.glyphOfChar.set(char, (glyph = font.glyphsForString(text[i]!)[0]!));
    glyphs.push(glyph);
  }
  return glyphs;
}

/** The adjustments of each kerning lookup to a pair: the first subtable that takes the pair. */
function pairValues(
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

// The kerning tables are read through restructure's lazy arrays, which decode on every read; a
// pair is looked up once, but a report meets thousands of pairs, so each table is read once.
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

/** A restructure lazy array (decoded on `toArray`) or a plain one. */
function toArray<T>(list: Iterable<T> | { toArray(): T[] }): T[] {
  return "toArray" in list ? list.toArray() : [...list];
}
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
function applyValue(position: Position, value: ValueRecord): void {
  if (value.xAdvance != null) position.xAdvance += value.xAdvance;
  if (value.yAdvance != null) position.yAdvance += value.yAdvance;
  if (value.xPlacement != null) position.xOffset += value.xPlacement;
  if (value.yPlacement != null) position.yOffset += value.yPlacement;
}

/**
 * Reads which lookups the default features apply, per script, by letting fontkit shape one
 * character and looking at its plan. Undefined (no fast path) for anything unexpected.
 */
function readPlans(font: ShapingFont, fontkitLayout: (text: string) => unknown): Plans | null {
  if (font._variationProcessor) return null;
  const latin = planOf(font, fontkitLayout, "a");
  const common = planOf(font, fontkitLayout, "1");
  if (!latin || !common) return null;
  const classDef = font.GDEF?.glyphClassDef;
  return {
    latin,
    common,
    glyphOfChar: new Map(),
    glyphClass: (glyph) => (classDef ? classOf(glyph, classDef) : 0),
  };
}

function planOf(
  font: ShapingFont,
  fontkitLayout: (text: string) => unknown,
  sample: string,
): ScriptPlan | null {
  // fontkit drops its plan after each layout; set one up again, as its layout does, for a run
  // of the sample (same script, language and direction) and read it.
  const sampleRun = fontkitLayout(sample) as SampleRun;
  const engine = font._layoutEngine?.engine;
  if (!engine?.setup || !engine.cleanup) return null;
  const GlyphRun = sampleRun.constructor as new (...args: unknown[]) => unknown;
  const run = new GlyphRun(
    font.glyphsForString(sample),
    undefined,
    sampleRun.script,
    sampleRun.language,
    sampleRun.direction,
  );
  engine.setup(run);
  const stages = engine.plan?.stages;
  try {
    if (!stages || stages.some((stage) => typeof stage === "function")) return null;
    return readStages(engine, stages as string[][]);
  } finally {
    engine.cleanup();
  }
}

interface SampleRun {
  constructor: unknown;
  script: unknown;
  language: unknown;
  direction: unknown;
}

function readStages(
  engine: NonNullable<NonNullable<ShapingFont["_layoutEngine"]>["engine"]>,
  stages: string[][],
): ScriptPlan | null {
  const blocked = new Set<number>();
  const inContext = new Map<number, ContextRule[]>();
  const kerning: Subtable[][] = [];
  // Only features every glyph gets apply to a plain word; the others (fractions) are given to
  // glyphs around U+2044, which never takes the fast path.
  const global = engine.plan?.globalFeatures ?? {};
  for (const stage of stages) {
    const features = stage.filter((tag) => global[tag]);
    if (features.length === 0) continue;
    for (const { lookup } of engine.GSUBProcessor?.lookupsForFeatures(features) ?? [])
      if (lookup.flags?.flags?.ignoreBaseGlyphs || !blockSubstitutions(lookup, blocked, inContext))
        return null;
    for (const { lookup } of engine.GPOSProcessor?.lookupsForFeatures(features) ?? []) {
      const pairTables = positioningTables(lookup, blocked);
      if (pairTables === null) return null;
      if (pairTables.length > 0) {
        // A kerning lookup that skipped base glyphs would see other pairs than neighbours.
        if (lookup.flags?.flags?.ignoreBaseGlyphs) return null;
        kerning.push(pairTables);
      }
    }
  }
  return { blocked, inContext, kerning };
}

/**
 * Records where a substitution lookup could apply: a ligature or a chained context (format 3)
 * as a rule checked against the word, anything else by blocking its first glyphs. False for an
 * unknown type.
 */
function blockSubstitutions(
  lookup: Lookup,
  blocked: Set<number>,
  inContext: Map<number, ContextRule[]>,
): boolean {
  const addRule = (glyph: number, rule: ContextRule) =>
    inContext.set(glyph, [...(inContext.get(glyph) ?? []), rule]);
  for (const subtable of lookup.subTables) {
    const [type, table] =
      lookup.lookupType === 7
        ? [subtable.lookupType, subtable.extension]
        : [lookup.lookupType, subtable];
    if (!table || type === undefined) return false;
    const coverage = firstCoverage(type, table, "GSUB");
    if (!coverage) return false;
    const glyphs = coverageGlyphs(coverage);
    if (type === 4 && table.ligatureSets) {
      glyphs.forEach((glyph, index) => {
        const components = toArray(table.ligatureSets!.get(index)).map((l) => [...l.components]);
        addRule(glyph, (word, at) =>
          components.some((c) => c.every((g, k) => word[at + 1 + k] === g)),
        );
      });
    } else if (type === 6 && table.version === 3) {
      const rule = chainRule(table);
      for (const glyph of glyphs) addRule(glyph, rule);
    } else for (const glyph of glyphs) blocked.add(glyph);
  }
  return true;
}

/** A chained context of format 3: backtrack, input and lookahead coverages around `at`. */
function chainRule(table: Subtable): ContextRule {
  const backtrack = table.backtrackCoverage ?? [];
  const input = table.inputCoverage ?? [];
  const lookahead = table.lookaheadCoverage ?? [];
  const has = (coverage: Coverage, glyph: number | undefined) =>
    glyph !== undefined && coverageIndex(coverage, glyph) !== -1;
  return (word, at) =>
    backtrack.every((c, k) => has(c, word[at - 1 - k])) &&
    input.every((c, k) => has(c, word[at + k])) &&
    lookahead.every((c, k) => has(c, word[at + input.length + k]));
}

/**
 * The pair-adjustment subtables of a positioning lookup; other lookups add the glyphs at which
 * they could start to `blocked`. Null for an unknown type.
 */
function positioningTables(lookup: Lookup, blocked: Set<number>): Subtable[] | null {
  const pairs: Subtable[] = [];
  for (const subtable of lookup.subTables) {
    const [type, table] =
      lookup.lookupType === 9
        ? [subtable.lookupType, subtable.extension]
        : [lookup.lookupType, subtable];
    if (!table || type === undefined) return null;
    if (type === 2) {
      if (table.version !== 1 && table.version !== 2) return null;
      pairs.push(table);
      continue;
    }
    const coverage = firstCoverage(type, table, "GPOS");
    if (!coverage) return null;
    for (const glyph of coverageGlyphs(coverage)) blocked.add(glyph);
  }
  return pairs;
}

/** The coverage of the first glyph a subtable matches: where it can apply at all. */
function firstCoverage(type: number, table: Subtable, tag: "GSUB" | "GPOS"): Coverage | undefined {
  const context = tag === "GSUB" ? [5, 6] : [7, 8];
  if (type === context[0]) return table.version === 3 ? table.coverages?.[0] : table.coverage;
  if (type === context[1]) return table.version === 3 ? table.inputCoverage?.[0] : table.coverage;
  if (tag === "GPOS" && (type === 4 || type === 5)) return table.markCoverage;
  if (tag === "GPOS" && type === 6) return table.mark1Coverage;
  if (tag === "GSUB" && [1, 2, 3, 4, 8].includes(type)) return table.coverage;
  if (tag === "GPOS" && (type === 1 || type === 3)) return table.coverage;
  return undefined;
}
