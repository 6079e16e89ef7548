// Source Sans 3 travels with the web edition (web/fonts/), so that the page and the charts in
// it are set in the PDF's typeface without fetching anything; its OFL licence goes along.
import { readFileSync } from "node:fs";
import path from "node:path";
import { FONT_FAMILY, FONT_LICENSE_FILE, WEB_FONT_FILES, type FontStyle } from "../fonts.js";

const FACES: Record<FontStyle, { weight: number; style: "normal" | "italic" }> = {
  regular: { weight: 400, style: "normal" },
  italic: { weight: 400, style: "italic" },
  semibold: { weight: 600, style: "normal" },
  bold: { weight: 700, style: "normal" },
};

const STYLES = Object.keys(FACES) as FontStyle[];

let fontFiles: ReadonlyMap<string, Uint8Array> | undefined;

/**
 * web/fonts/<file>.woff2 and the licence, by path relative to web/. Read once per process: they
 * are the package's own files, and the same objects let publish see them unchanged at once.
 */
export function webFontFiles(): ReadonlyMap<string, Uint8Array> {
  if (!fontFiles) {
    const files = new Map<string, Uint8Array>();
    for (const style of STYLES) files.set(fontPath(style), readFileSync(WEB_FONT_FILES[style]));
    files.set("fonts/LICENSE.md", readFileSync(FONT_LICENSE_FILE));
    fontFiles = files;
  }
  return fontFiles;
}

/** The @font-face rules that name the files above. */
export function fontFaceCss(): string {
  return STYLES.map((style) => {
    const { weight, style: fontStyle } = FACES[style];
    return `@font-face {
  font-family: "${FONT_FAMILY}";
  src: url("${fontPath(style)}") format("woff2");
  font-weight: ${weight};
  font-style: ${fontStyle};
  font-display: swap;
}`;
  }).join("\n");
}

function fontPath(style: FontStyle): string {
  return `fonts/${path.basename(WEB_FONT_FILES[style])}`;
}
