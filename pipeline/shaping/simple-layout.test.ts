import { describe, expect, it } from "vitest";
import { FONT_FILES, type FontStyle } from "../fonts.js";
import { SimpleGlyphRun, useSimpleLayout } from "./simple-layout.js";
import { ALPHABET, NUMBERS, fontkit, summary, templateWords, type Run } from "./test-helpers.js";

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
