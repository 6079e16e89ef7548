// Texts and fonts for the layout tests: fontkit itself (as the reference), every letter and sign
// the report uses, every word of the templates, and a summary of a layout that compares equal
// exactly when pdfkit and the charts would see the same thing.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import type { GlyphLike, ShapingFont } from "./fontkit-tables.js";

const require = createRequire(import.meta.url);
export const fontkit = require("fontkit") as { openSync(path: string): ShapingFont };

export interface Run {
  glyphs: GlyphLike[];
  positions: Array<Record<string, number>>;
  advanceWidth: number;
}

/** What a layout amounts to for pdfkit and the charts: glyphs, positions, total advance. */
export function summary(run: Run) {
  return {
    glyphs: run.glyphs.map((g) => [g.id, ...g.codePoints]),
    positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
    advanceWidth: run.advanceWidth,
  };
}

const LETTERS = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅéèüöä";
const OTHERS = "0123456789 .,;:-–−()«»%'\"/?!+=\u00a0\u202f";
export const ALPHABET = [...LETTERS, ...OTHERS];

/** Every word (with and without the space pdfkit shapes with it) of the templates. */
export function templateWords(): string[] {
  const dir = new URL("../../templates/", import.meta.url);
  const text = readdirSync(dir)
    .filter((f) => /\.(md|yaml)$/.test(f))
    .map((f) => readFileSync(new URL(f, dir), "utf8"))
    .join(" ");
  const words = new Set(text.split(/\s+/).filter(Boolean));
  return [...words].flatMap((w) => [w, `${w} `]);
}

export const NUMBERS = [
  "23\u00a0%",
  "1\u00a0234,5",
  "−3 pp",
  "+6 pp",
  "(29–37)",
  "2008–2020",
  "5\u00a0000–20\u00a0000 innb.",
  "Base: n = 244–256 virksomheter (2020).",
];
