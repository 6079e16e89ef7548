import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { FONT_FILES, type FontStyle } from "../fonts.js";
import type { GlyphLike, ShapingFont } from "./fontkit-tables.js";
import { SimpleGlyphRun, useSimpleLayout } from "./simple-layout.js";

const require = createRequire(import.meta.url);
const fontkit = require("fontkit") as { openSync(path: string): ShapingFont };

interface Run {
  glyphs: GlyphLike[];
  positions: Array<Record<string, number>>;
  advanceWidth: number;
}

/** What a layout amounts to for pdfkit and the charts: glyphs, positions, total advance. */
function summary(run: Run) {
  return {
    glyphs: run.glyphs.map((g) => [g.id, ...g.codePoints]),
    positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
    advanceWidth: run.advanceWidth,
  };
}

const LETTERS = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅéèüöä";
const OTHERS = "0123456789 .,;:-–−()«»%'\"/?!+=\u00a0\u202f";
const ALPHABET = [...LETTERS, ...OTHERS];

/** Every word (with and without the space pdfkit shapes with it) of the templates. */
function templateWords(): string[] {
  const dir = new URL("../../templates/", import.meta.url);
  const text = readdirSync(dir)
    .filter((f) => /\.(md|yaml)$/.test(f))
    .map((f) => readFileSync(new URL(f, dir), "utf8"))
    .join(" ");
  const words = new Set(text.split(/\s+/).filter(Boolean));
  return [...words].flatMap((w) => [w, `${w} `]);
}

const NUMBERS = [
  "23\u00a0%",
  "1\u00a0234,5",
  "−3 pp",
  "+6 pp",
  "(29–37)",
  "2008–2020",
  "5\u00a0000–20\u00a0000 innb.",
  "Base: n = 244–256 virksomheter (2020).",
];

describe.each(Object.keys(FONT_FILES) as FontStyle[])("the fast layout of %s", (face) => {
  const reference = fontkit.openSync(FONT_FILES[face]);
  const fast = fontkit.openSync(FONT_FILES[face]);
  useSimpleLayout(fast);
  /** Lays every text out both ways; the texts whose layouts differ, and how many took the fast path. */
  const compare = (texts: readonly string[]) => {
    let simple = 0;
    const differing: string[] = [];
    for (const text of texts) {
      const run = fast.layout(text) as Run;
      if (run instanceof SimpleGlyphRun) simple++;
      const [ours, theirs] = [summary(run), summary(reference.layout(text) as Run)];
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) differing.push(text);
    }
    expect(differing).toEqual([]);
    return simple;
  };

  it("equals fontkit's layout for every pair of letters, digits and punctuation", () => {
    const pairs = ALPHABET.flatMap((a) => ALPHABET.map((b) => a + b));
    // Most pairs take the fast path; the rest (ligatures such as "fi") are fontkit's own.
    expect(compare(pairs)).toBeGreaterThan(pairs.length * 0.8);
  });

  it("equals fontkit's layout for every word of the templates and the report's number formats", () => {
    const texts = [...templateWords(), ...NUMBERS];
    expect(compare(texts)).toBeGreaterThan(texts.length * 0.7);
  });

  it("leaves to fontkit what it does not know to be plain: ligatures, marks, features", () => {
    expect(fast.layout("offentlig")).not.toBeInstanceOf(SimpleGlyphRun);
    expect(fast.layout("e\u0301")).not.toBeInstanceOf(SimpleGlyphRun);
    expect(fast.layout("Tall", ["smcp"])).not.toBeInstanceOf(SimpleGlyphRun);
    expect(fast.layout("1\u20442")).not.toBeInstanceOf(SimpleGlyphRun);
    expect(compare(["offentlig", "e\u0301", "1\u20442"])).toBe(0);
  });
});
