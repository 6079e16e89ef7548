// Text widths measured from the font the PDF embeds (SPEC §6). Without a canvas, vega estimates
// a width as 0.8 × font size per character, which is too wide for Source Sans and makes vega
// truncate labels with "…". We measure advance widths (with kerning) through fontkit instead and
// plug the measure into vega's text metrics, the hook vega itself leaves for this.
import * as vega from "vega";
import { parsedFont, type MeasurableFont } from "../shaping/parsed-font.js";

/** The text properties vega gives a metrics function (a scenegraph text item). */
export interface TextItem {
  fontSize?: number | string | null;
  fontWeight?: number | string | null;
  fontStyle?: string | null;
}

type FontFace = "regular" | "bold" | "italic";

const widths = new Map<string, number>();

const font = (face: FontFace): MeasurableFont => parsedFont(face);

function faceOf(item: TextItem): FontFace {
  const weight = item.fontWeight;
  if (weight === "bold" || weight === "bolder" || Number(weight) >= 600) return "bold";
  if (item.fontStyle === "italic" || item.fontStyle === "oblique") return "italic";
  return "regular";
}

/** Vega's default font size when an item sets none. */
function sizeOf(item: TextItem): number {
  return item.fontSize != null ? Number(item.fontSize) || 0 : 11;
}

/** Width in pixels (= points) of `text` set in the item's font. */
export function measureText(item: TextItem, text: unknown): number {
  const line = text == null ? "" : String(text).trim();
  const size = sizeOf(item);
  if (!line || size <= 0) return 0;
  const face = faceOf(item);
  const key = `${face}\u0000${line}`;
  let unitWidth = widths.get(key);
  if (unitWidth === undefined) {
    const measured = font(face);
    unitWidth = measured.layout(line).advanceWidth / measured.unitsPerEm;
    widths.set(key, unitWidth);
  }
  return unitWidth * size;
}

/** Vega's own estimate, kept to show how far off it is. */
export function estimatedWidth(item: TextItem, text: string): number {
  return Math.trunc(0.8 * text.length * sizeOf(item));
}

/** Makes vega measure text from the embedded font. Idempotent. */
export function useFontMetrics(): void {
  // vega exports `textMetrics` (from vega-scenegraph) but its typings do not declare it.
  const metrics = (vega as unknown as { textMetrics: { width: unknown } }).textMetrics;
  metrics.width = measureText;
}
