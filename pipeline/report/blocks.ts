// The report as a list of blocks: what the template and the data say, numbered and ready to lay
// out. Layout only measures and draws these; it makes no decisions about content.
import type { RenderedChart } from "../charts/types.js";

export type TextStyle = "regular" | "italic" | "bold";

/** A stretch of text in one style. */
export interface Run {
  text: string;
  style: TextStyle;
}

export interface TableColumn {
  header: string;
  align: "left" | "right";
  /**
   * Share of the text width the column takes; its cells wrap onto several lines. Columns
   * without one are as wide as their widest cell.
   */
  width?: number;
}

export type Block =
  | {
      kind: "heading";
      level: 1 | 2 | 3;
      text: string;
      /** "3" for chapters; undefined for sections and unnumbered chapters (appendices). */
      number: string | undefined;
    }
  | { kind: "paragraph"; runs: Run[] }
  | { kind: "list"; items: Run[][] }
  | { kind: "figure"; number: number; chart: RenderedChart }
  | {
      kind: "table";
      number: number;
      title: string;
      columns: TableColumn[];
      rows: string[][];
      /** The last row is a total: drawn bold, with a rule above. */
      hasTotalRow: boolean;
      /** The first cell of each row names the row (tagged TH with scope Row). */
      rowHeaders?: boolean;
      /** Under the table: base n, what the symbols mean, source. */
      note: string;
    }
  | { kind: "toc" };

export type HeadingBlock = Extract<Block, { kind: "heading" }>;

/** "3 Kompetanse" or "Vedlegg: Metode". */
export function headingLabel(heading: HeadingBlock): string {
  return heading.number ? `${heading.number} ${heading.text}` : heading.text;
}

/** The headings a table of contents lists: chapters and sections. */
export function tocHeadings(blocks: readonly Block[]): HeadingBlock[] {
  return blocks.filter((b): b is HeadingBlock => b.kind === "heading" && b.level <= 2);
}
