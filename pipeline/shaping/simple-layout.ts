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
import type { GlyphLike, ShapingFont } from "./fontkit-tables.js";
import { applyValue, pairValues, type PairValues } from "./pair-kerning.js";
import { readPlans, ruleApplies, type Plans } from "./shaping-plan.js";
import { plansOf } from "./stored-plans.js";

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
  const pairs = new Map<number, PairValues>();
  font.layout = (text: string, ...rest: unknown[]) => {
    const plain = rest.length === 0 || (rest.length === 1 && isNoFeatures(rest[0]));
    if (!plain || !isSimpleText(text)) return fontkitLayout(text, ...rest);
    // Null (a font the fast path does not understand) is an answer too: read once.
    if (plans === undefined) {
      plans = plansOf(font, () => readPlans(font, fontkitLayout));
      // fontkit's layout makes the space glyph from U+0020 on every run (hideDefaultIgnorables),
      // and reading plans through it did so before any word; stored plans do not. fontkit keeps
      // a glyph with the code points it was first made from, and pdfkit writes those into the
      // PDF's text layer: without this, a first "23\u00a0%" would make every space copy as U+00A0.
      font.glyphForCodePoint(0x20);
    }
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
  pairs: Map<number, PairValues>,
  text: string,
): SimpleGlyphRun | undefined {
  const plan = hasLatinLetter(text) ? plans.latin : plans.common;
  const glyphs = glyphsOf(font, plans, text);
  const ids = glyphs.map((glyph) => glyph.id);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (plan.blocked.has(id) || isLigatureOrMark(plans.glyphClass(id))) return undefined;
    if (plan.inContext.get(id)?.some((rule) => ruleApplies(rule, ids, i))) return undefined;
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
