// The report's typeface, Source Sans 3 (OFL, npm package `source-sans`): embedded in the PDF and
// used to measure text in charts, so that a label is exactly as wide as it will be printed.
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve("source-sans/package.json")), "TTF");

export const FONT_FAMILY = "Source Sans 3";

export const FONT_FILES = {
  regular: path.join(fontDir, "SourceSans3-Regular.ttf"),
  italic: path.join(fontDir, "SourceSans3-It.ttf"),
  semibold: path.join(fontDir, "SourceSans3-Semibold.ttf"),
  bold: path.join(fontDir, "SourceSans3-Bold.ttf"),
} as const;

export type FontStyle = keyof typeof FONT_FILES;
