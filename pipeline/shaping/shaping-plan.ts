// What fontkit's default features would do to a plain word, read once per font from fontkit's own
// shaping plan: the glyphs at which a substitution or a non-kerning positioning could start, the
// rules that apply only in context (ligatures, chained contexts), and the kerning lookups. A plan
// is data (glyph numbers and places in the font file), so that it can be stored with the code
// cache and read back without fontkit's layout engine (stored-plans.ts).
import { PairTable } from "./pair-kerning.js";
import { classIn, readClassDef, type ClassRanges } from "./layout-table-bytes.js";
import {
  coverageGlyphs,
  toArray,
  type Coverage,
  type GlyphLike,
  type Lookup,
  type ShapingFont,
  type Subtable,
} from "./fontkit-tables.js";

/** How the default features of one script shape a font: what blocks the fast path, the kerning. */
export interface ScriptPlan {
  /** Glyphs at which some substitution or non-kerning positioning could start. */
  blocked: Set<number>;
  /** Rules that apply only in context (ligatures, chained contexts), by their first glyph. */
  inContext: Map<number, ContextRule[]>;
  /** Pair-adjustment subtables, lookup by lookup in the order fontkit applies them. */
  kerning: PairTable[][];
}

/** A substitution that applies only in context. */
export type ContextRule =
  /** Ligatures that start at a glyph: the glyphs that must follow it, per ligature. */
  | { kind: "ligature"; components: number[][] }
  /** A chained context (format 3): the glyphs each place before, at and after may hold. */
  | {
      kind: "chain";
      backtrack: ReadonlySet<number>[];
      input: ReadonlySet<number>[];
      lookahead: ReadonlySet<number>[];
    };

/** Whether a rule would substitute at place `at` of a word of base glyphs. */
export function ruleApplies(rule: ContextRule, word: readonly number[], at: number): boolean {
  if (rule.kind === "ligature")
    return rule.components.some((c) => c.every((g, k) => word[at + 1 + k] === g));
  const has = (glyphs: ReadonlySet<number>, glyph: number | undefined) =>
    glyph !== undefined && glyphs.has(glyph);
  return (
    rule.backtrack.every((c, k) => has(c, word[at - 1 - k])) &&
    rule.input.every((c, k) => has(c, word[at + k])) &&
    rule.lookahead.every((c, k) => has(c, word[at + rule.input.length + k]))
  );
}

export interface Plans {
  latin: ScriptPlan;
  common: ScriptPlan;
  /** GDEF glyph classes (1 base, 2 ligature, 3 mark, 4 component; 0 unclassed), as ranges. */
  glyphClasses: ClassRanges;
  /** The glyph of each character met so far (the cmap is slow to read through restructure). */
  glyphOfChar: Map<number, GlyphLike>;
  /** A glyph's GDEF class, remembered per glyph. */
  glyphClass: (glyph: number) => number;
}

/** Plans from their parts, with the per-glyph memory a plan in use keeps. */
export function plans(latin: ScriptPlan, common: ScriptPlan, glyphClasses: ClassRanges): Plans {
  const classes = new Map<number, number>();
  return {
    latin,
    common,
    glyphClasses,
    glyphOfChar: new Map(),
    glyphClass(glyph) {
      let value = classes.get(glyph);
      if (value === undefined) classes.set(glyph, (value = classIn(glyphClasses, glyph)));
      return value;
    },
  };
}

/** The font file's bytes, as a view. */
export function fontBytes(font: ShapingFont): DataView | undefined {
  const buffer = font.stream?.buffer;
  return buffer && new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Reads which lookups the default features apply, per script, by letting fontkit shape one
 * character and looking at its plan. Null (no fast path) for anything unexpected.
 */
export function readPlans(
  font: ShapingFont,
  fontkitLayout: (text: string) => unknown,
): Plans | null {
  const bytes = fontBytes(font);
  if (font._variationProcessor || !bytes) return null;
  const latin = planOf(font, fontkitLayout, "a", bytes);
  const common = planOf(font, fontkitLayout, "1", bytes);
  if (!latin || !common) return null;
  const classDef = font.GDEF?.glyphClassDef;
  if (classDef && classDef._startOffset === undefined) return null;
  return plans(latin, common, classDef ? readClassDef(bytes, classDef._startOffset!) : []);
}

function planOf(
  font: ShapingFont,
  fontkitLayout: (text: string) => unknown,
  sample: string,
  bytes: DataView,
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
    return readStages(engine, stages as string[][], bytes);
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
  bytes: DataView,
): ScriptPlan | null {
  const blocked = new Set<number>();
  const inContext = new Map<number, ContextRule[]>();
  const kerning: PairTable[][] = [];
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
      const pairTables = positioningTables(lookup, blocked, bytes);
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
        addRule(glyph, { kind: "ligature", components });
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
  const glyphSets = (coverages: Coverage[] | undefined) =>
    (coverages ?? []).map((coverage) => new Set(coverageGlyphs(coverage)));
  return {
    kind: "chain",
    backtrack: glyphSets(table.backtrackCoverage),
    input: glyphSets(table.inputCoverage),
    lookahead: glyphSets(table.lookaheadCoverage),
  };
}

/**
 * The pair-adjustment subtables of a positioning lookup; other lookups add the glyphs at which
 * they could start to `blocked`. Null for an unknown type.
 */
function positioningTables(
  lookup: Lookup,
  blocked: Set<number>,
  bytes: DataView,
): PairTable[] | null {
  const pairs: PairTable[] = [];
  for (const subtable of lookup.subTables) {
    const [type, table] =
      lookup.lookupType === 9
        ? [subtable.lookupType, subtable.extension]
        : [lookup.lookupType, subtable];
    if (!table || type === undefined) return null;
    if (type === 2) {
      if (table.version !== 1 && table.version !== 2) return null;
      const start = table._startOffset;
      if (start === undefined || bytes.getUint16(start) !== table.version) return null;
      pairs.push(new PairTable(bytes, start));
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
