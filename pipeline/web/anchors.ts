// Anchors of the page: a heading's id is the slug of its label ("3-kompetanse"), unique in the
// page (github-slugger numbers repeats); figures and tables are "figur-3" and "tabell-2", as
// their numbers in the PDF.
import GithubSlugger from "github-slugger";
import { headingLabel, type Block, type HeadingBlock } from "../report/blocks.js";

export const figureId = (n: number) => `figur-${n}`;
export const tableId = (n: number) => `tabell-${n}`;

/** The id of every heading of the report, in order. */
export function headingIds(blocks: readonly Block[]): Map<HeadingBlock, string> {
  const slugger = new GithubSlugger();
  const ids = new Map<HeadingBlock, string>();
  for (const block of blocks)
    if (block.kind === "heading") ids.set(block, slugger.slug(headingLabel(block)));
  return ids;
}
