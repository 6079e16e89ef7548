// The report's page and type: A4, 56 pt margins, Source Sans 3. One place to tune the look.
import type { TextStyle } from "../blocks.js";

export const PAGE = { width: 595.28, height: 841.89, margin: 56 } as const;
export const CONTENT = {
  left: PAGE.margin,
  top: PAGE.margin,
  width: PAGE.width - 2 * PAGE.margin,
  /** Lowest y body text may reach; the footer lives below it. */
  bottom: PAGE.height - PAGE.margin - 14,
} as const;

/** Names the fonts are registered under in the PDF document. */
export type FontName = "regular" | "italic" | "semibold" | "bold";

export const FONT_OF_STYLE: Record<TextStyle, FontName> = {
  regular: "regular",
  italic: "italic",
  bold: "bold",
};

export const COLOR = {
  text: "#1d1d1b",
  muted: "#5b5b5b",
  accent: "#1f3a5f",
  rule: "#c8ccd2",
  sample: "#b3261e",
  coverText: "#ffffff",
} as const;

export interface TextStyleSpec {
  font: FontName;
  size: number;
  /** Distance from one baseline to the next. */
  leading: number;
  color: string;
}

export const TYPE = {
  body: { font: "regular", size: 10.5, leading: 15, color: COLOR.text },
  chapter: { font: "bold", size: 22, leading: 27, color: COLOR.accent },
  section: { font: "semibold", size: 14, leading: 18, color: COLOR.accent },
  subsection: { font: "semibold", size: 11.5, leading: 15, color: COLOR.text },
  figureTitle: { font: "semibold", size: 10.5, leading: 14, color: COLOR.text },
  caption: { font: "italic", size: 8.5, leading: 11.5, color: COLOR.muted },
  table: { font: "regular", size: 9.5, leading: 16, color: COLOR.text },
  footer: { font: "regular", size: 8.5, leading: 11, color: COLOR.muted },
  tocChapter: { font: "semibold", size: 11, leading: 20, color: COLOR.text },
  tocSection: { font: "regular", size: 10, leading: 16, color: COLOR.text },
} as const satisfies Record<string, TextStyleSpec>;

export const SPACE = {
  paragraph: 7,
  beforeSection: 14,
  afterHeading: 6,
  afterChapter: 16,
  listIndent: 14,
  listItem: 3,
  figure: 12,
  /** Lines of a paragraph that must follow a heading on the same page. */
  keepLines: 2,
} as const;
