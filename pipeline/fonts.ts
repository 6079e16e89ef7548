// The report's typeface, Source Sans 3 (OFL, npm package `source-sans`): embedded in the PDF and
// used to measure text in charts, so that a label is exactly as wide as it will be printed.
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve("source-sans/package.json"));
const fontDir = path.join(packageDir, "TTF");

export const FONT_FAMILY = "Source Sans 3";

export const FONT_FILES = {
  regular: path.join(fontDir, "SourceSans3-Regular.ttf"),
  italic: path.join(fontDir, "SourceSans3-It.ttf"),
  semibold: path.join(fontDir, "SourceSans3-Semibold.ttf"),
  bold: path.join(fontDir, "SourceSans3-Bold.ttf"),
} as const;

export type FontStyle = keyof typeof FONT_FILES;

/** The same faces compressed for the web (WOFF2 of the TTF files), and the licence they ship with. */
export const WEB_FONT_FILES: Record<FontStyle, string> = {
  regular: path.join(packageDir, "WOFF2", "TTF", "SourceSans3-Regular.ttf.woff2"),
  italic: path.join(packageDir, "WOFF2", "TTF", "SourceSans3-It.ttf.woff2"),
  semibold: path.join(packageDir, "WOFF2", "TTF", "SourceSans3-Semibold.ttf.woff2"),
  bold: path.join(packageDir, "WOFF2", "TTF", "SourceSans3-Bold.ttf.woff2"),
};

/** The SIL Open Font License: it goes wherever the font files go. */
export const FONT_LICENSE_FILE = path.join(packageDir, "LICENSE.md");
