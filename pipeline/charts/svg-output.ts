// The SVG as published and as the golden files want it: numbers rounded to two decimals (so
// float noise never changes the bytes), one font-family spelling, and weights as the keywords
// "bold" and "normal" (the two faces the charts use).
import { FONT_FAMILY } from "../fonts.js";

const TAG = /<[^>]+>/g;
const LONG_NUMBER = /-?\d+\.\d{3,}(?:e-?\d+)?/g;

export function tidySvg(svg: string, fontFamily = FONT_FAMILY): string {
  return svg.replace(TAG, (tag) =>
    tag
      .replace(LONG_NUMBER, (n) => roundNumber(Number(n)))
      .replace(/font-family="[^"]*"/g, `font-family="${fontFamily}"`)
      .replace(/font-family: *[^;"]+/g, `font-family: ${fontFamily}`)
      .replace(/font-weight="(\d+)"/g, (_, w: string) => `font-weight="${keywordWeight(w)}"`),
  );
}

function roundNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function keywordWeight(weight: string): string {
  return Number(weight) >= 600 ? "bold" : "normal";
}
