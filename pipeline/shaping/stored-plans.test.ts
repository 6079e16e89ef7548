import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { FONT_FILES, type FontStyle } from "../fonts.js";
import { fontBytes } from "./shaping-plan.js";
import { SimpleGlyphRun, useSimpleLayout } from "./simple-layout.js";
import { PlanStore, usePlanStore } from "./stored-plans.js";
import { ALPHABET, NUMBERS, fontkit, summary, templateWords, type Run } from "./test-helpers.js";

const dir = mkdtempSync(path.join(tmpdir(), "itip-plans-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => usePlanStore(undefined));

/** A font with the fast layout, its plans taken from `store`, and one laid out by fontkit alone. */
function fonts(face: FontStyle, store: PlanStore) {
  usePlanStore(store);
  const fast = fontkit.openSync(FONT_FILES[face]);
  useSimpleLayout(fast);
  return { fast, reference: fontkit.openSync(FONT_FILES[face]) };
}

describe.each(Object.keys(FONT_FILES) as FontStyle[])("stored plans of %s", (face) => {
  const file = path.join(dir, `${face}.json`);

  it("are written by the first run, which reads them through fontkit", () => {
    const store = PlanStore.open(file);
    const { fast } = fonts(face, store);
    expect(fast.layout("Tall")).toBeInstanceOf(SimpleGlyphRun);
    expect(store.save()).toBe(true);
  });

  it("are read back by the next run without fontkit's layout engine", () => {
    const store = PlanStore.open(file);
    const font = fontkit.openSync(FONT_FILES[face]);
    const read = () => {
      throw new Error("the plans were read again");
    };
    expect(store.plansFor(fontBytes(font)!, read)).not.toBeNull();
  });

  it("lay out every text as fontkit does", () => {
    const { fast, reference } = fonts(face, PlanStore.open(file));
    const texts = [
      ...ALPHABET.flatMap((a) => ALPHABET.map((b) => a + b)),
      ...templateWords(),
      ...NUMBERS,
    ];
    let simple = 0;
    const differing = texts.filter((text) => {
      const run = fast.layout(text) as Run;
      if (run instanceof SimpleGlyphRun) simple++;
      return (
        JSON.stringify(summary(run)) !== JSON.stringify(summary(reference.layout(text) as Run))
      );
    });
    expect(differing).toEqual([]);
    expect(simple).toBeGreaterThan(texts.length * 0.7);
  });

  it("keep U+0020 as the space's text when the first word has a no-break space", () => {
    // fontkit keeps a glyph with the code points it was first made from, and pdfkit copies them
    // into the PDF's text layer; plans read through fontkit made the space from U+0020 first.
    const { fast } = fonts(face, PlanStore.open(file));
    const first = fast.layout("23\u00a0%") as Run;
    expect(first).toBeInstanceOf(SimpleGlyphRun);
    expect((fast.layout("a b") as Run).glyphs[1]!.codePoints).toEqual([0x20]);
  });

  it("are read through fontkit when the store has none for the font", () => {
    const store = PlanStore.open(path.join(dir, "missing.json"));
    const font = fontkit.openSync(FONT_FILES[face]);
    let reads = 0;
    store.plansFor(fontBytes(font)!, () => (reads++, null));
    expect(reads).toBe(1);
  });
});
