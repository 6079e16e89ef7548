// Greedy line breaking of styled runs, measured with the embedded font. Breaks only at ordinary
// spaces: the non-breaking spaces of "23 %" and "1 234" keep numbers whole.
import type { Run, TextStyle } from "../blocks.js";

/** Width of `text` set in `style` at the current size. */
export type Measure = (text: string, style: TextStyle) => number;

/** A piece of a line in one style, at `x` from the line's start. */
export interface LineSegment {
  text: string;
  style: TextStyle;
  x: number;
  width: number;
}

export type Line = LineSegment[];

interface Piece {
  text: string;
  style: TextStyle;
}

/** Words are runs of pieces with no space between (e.g. bold "29 %" followed by ","). */
function words(runs: readonly Run[]): Piece[][] {
  const result: Piece[][] = [];
  let current: Piece[] = [];
  for (const run of runs) {
    const parts = run.text.split(/ +/);
    parts.forEach((part, i) => {
      if (i > 0 && current.length) {
        result.push(current);
        current = [];
      }
      if (part) current.push({ text: part, style: run.style });
    });
  }
  if (current.length) result.push(current);
  return result;
}

export function breakLines(runs: readonly Run[], maxWidth: number, measure: Measure): Line[] {
  const lines: Line[] = [];
  let line: Piece[] = [];
  let lineWidth = 0;
  for (const word of words(runs)) {
    const wordWidth = word.reduce((sum, p) => sum + measure(p.text, p.style), 0);
    const space = line.length ? measure(" ", word[0]?.style ?? "regular") : 0;
    if (line.length && lineWidth + space + wordWidth > maxWidth) {
      lines.push(segments(line, measure));
      line = [];
      lineWidth = 0;
    } else if (line.length) {
      line.push({ text: " ", style: word[0]?.style ?? "regular" });
      lineWidth += space;
    }
    line.push(...word);
    lineWidth += wordWidth;
  }
  if (line.length) lines.push(segments(line, measure));
  return lines;
}

/** Neighbouring pieces of one style become one segment: fewer text operations in the PDF. */
function segments(pieces: readonly Piece[], measure: Measure): Line {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.style === piece.style) last.text += piece.text;
    else merged.push({ ...piece });
  }
  let x = 0;
  return merged.map((piece) => {
    const width = measure(piece.text, piece.style);
    const segment = { ...piece, x, width };
    x += width;
    return segment;
  });
}
