// The fonts parsed once per process, for measuring chart labels and for the PDF alike. Kept apart
// from the charts' text metrics so that loading the fonts does not load Vega. fontkit is imported
// as pdfkit imports it (its ES module), so that the bundle holds one copy of it and of its
// tables' decoders, not two.
import { openSync } from "fontkit";
import { FONT_FILES, type FontStyle } from "../fonts.js";
import type { ShapingFont } from "./fontkit-tables.js";
import { useSimpleLayout } from "./simple-layout.js";

/** The part of fontkit we use; fontkit ships no types. */
export interface MeasurableFont {
  unitsPerEm: number;
  layout(text: string): { advanceWidth: number };
}

const fonts = new Map<FontStyle, MeasurableFont>();

/**
 * The parsed font of a face, one per process. Parsing is cheap but a face's first layout reads
 * its GSUB/GPOS tables (60–180 ms); the PDF embeds these same objects (report/layout/
 * pdf-document.ts), so the tables are read once for charts and report together.
 */
export function parsedFont(face: FontStyle): MeasurableFont {
  let loaded = fonts.get(face);
  if (!loaded) {
    const opened = openSync(FONT_FILES[face]);
    useSimpleLayout(opened as unknown as ShapingFont);
    loaded = opened;
    fonts.set(face, loaded);
  }
  return loaded;
}
