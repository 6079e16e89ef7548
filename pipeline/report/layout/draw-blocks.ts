// Draws the blocks of the body: headings (chapters on a new page, never alone at the bottom of
// a page), paragraphs and lists broken across pages line by line, figures and tables.
import { headingLabel, type Block, type HeadingBlock, type Run } from "../blocks.js";
import { reportText } from "../messages.js";
import { Flow, TaggedBlock } from "./flow.js";
import type { Line } from "./line-breaking.js";
import { drawChartSvg } from "./draw-chart-svg.js";
import { fitSize } from "./fit-size.js";
import { CONTENT, SPACE, TYPE, type TextStyleSpec } from "./style.js";
import { tableStartHeight } from "./table.js";

/** Where a heading landed, for the table of contents and the outline. */
export interface PlacedHeading {
  heading: HeadingBlock;
  pageIndex: number;
  destination: string;
}

export interface BlockDrawer {
  flow: Flow;
  placed: PlacedHeading[];
  /** The page each chapter starts on, for the running header. */
  chapters: Array<{ label: string; pageIndex: number }>;
  /** The current chapter's bookmark, parent of its sections' bookmarks. */
  chapterBookmark: PDFKit.PDFOutline | undefined;
}

const HEADING_TYPE = { 1: TYPE.chapter, 2: TYPE.section, 3: TYPE.subsection } as const;

export function drawHeading(
  ctx: BlockDrawer,
  heading: HeadingBlock,
  next: Block | undefined,
): void {
  const { flow } = ctx;
  const spec = HEADING_TYPE[heading.level];
  const lines = flow.lines(
    [{ text: headingLabel(heading), style: "regular" }],
    spec,
    CONTENT.width,
  );
  const height = lines.length * spec.leading + afterHeading(heading);
  if (heading.level === 1) {
    if (!flow.atTop) flow.newPage();
  } else {
    if (!flow.atTop) flow.y += SPACE.beforeSection;
    // Keep the heading with the start of what follows it.
    flow.ensure(height + minimumHeight(flow, next));
  }
  if (heading.level === 1)
    ctx.chapters.push({ label: headingLabel(heading), pageIndex: flow.pageIndex });
  const destination = `h${ctx.placed.length + 1}`;
  flow.doc.addNamedDestination(destination, "XYZ", CONTENT.left, flow.y);
  ctx.placed.push({ heading, pageIndex: flow.pageIndex, destination });
  addBookmark(ctx, heading);
  const tag = new TaggedBlock(flow.doc, `H${heading.level}`);
  tag.mark(() => drawLines(flow, lines, CONTENT.left, spec));
  tag.end();
  flow.y += afterHeading(heading);
}

/** Bookmarks (PDF outline): chapters, with their sections inside. */
function addBookmark(ctx: BlockDrawer, heading: HeadingBlock): void {
  const outline = ctx.flow.doc.outline;
  if (heading.level === 1) ctx.chapterBookmark = outline.addItem(headingLabel(heading));
  else if (heading.level === 2) (ctx.chapterBookmark ?? outline).addItem(headingLabel(heading));
}

function afterHeading(heading: HeadingBlock): number {
  return heading.level === 1 ? SPACE.afterChapter : SPACE.afterHeading;
}

export function drawParagraph(flow: Flow, runs: readonly Run[]): void {
  const spec = TYPE.body;
  const lines = flow.laidOut(runs, paragraphLines);
  const tag = new TaggedBlock(flow.doc, "P");
  flowLines(flow, lines, CONTENT.left, spec, tag);
  tag.end();
  flow.y += SPACE.paragraph;
}

export function drawList(flow: Flow, items: readonly Run[][]): void {
  const spec = TYPE.body;
  const list = new TaggedBlock(flow.doc, "L");
  for (const item of items) {
    const lines = flow.lines(item, spec, CONTENT.width - SPACE.listIndent);
    const entry = new TaggedBlock(flow.doc, "LI", {}, list.element);
    const label = new TaggedBlock(flow.doc, "Lbl", {}, entry.element);
    const body = new TaggedBlock(flow.doc, "LBody", {}, entry.element);
    flow.ensure(Math.min(lines.length, SPACE.keepLines) * spec.leading);
    label.mark(() =>
      flow.drawLine(
        [{ text: "•", style: "regular", x: 0, width: 0 }],
        CONTENT.left + 2,
        flow.y,
        spec,
      ),
    );
    label.end();
    flowLines(flow, lines, CONTENT.left + SPACE.listIndent, spec, body);
    body.end();
    entry.end();
    flow.y += SPACE.listItem;
  }
  list.end();
  flow.y += SPACE.paragraph - SPACE.listItem;
}

function paragraphLines(flow: Flow, runs: readonly Run[]): Line[] {
  return flow.lines(runs, TYPE.body, CONTENT.width);
}

/** Lines placed one by one, continuing on the next page; never one lonely first line. */
function flowLines(
  flow: Flow,
  lines: readonly Line[],
  x: number,
  spec: TextStyleSpec,
  tag: TaggedBlock,
): void {
  flow.ensure(Math.min(lines.length, SPACE.keepLines) * spec.leading);
  let index = 0;
  while (index < lines.length) {
    const fit = Math.max(1, Math.floor((flow.remaining + 0.01) / spec.leading));
    // Leave at least two lines for the next page (no widow) when the paragraph breaks.
    let count = Math.min(fit, lines.length - index);
    if (
      count < lines.length - index &&
      lines.length - index - count < SPACE.keepLines &&
      count > SPACE.keepLines
    )
      count -= SPACE.keepLines - (lines.length - index - count);
    const chunk = lines.slice(index, index + count);
    tag.mark(() => drawLines(flow, chunk, x, spec));
    index += count;
    if (index < lines.length) flow.newPage();
  }
}

function drawLines(flow: Flow, lines: readonly Line[], x: number, spec: TextStyleSpec): void {
  for (const line of lines) {
    flow.drawLine(line, x, flow.y, spec);
    flow.y += spec.leading;
  }
}

type FigureBlock = Extract<Block, { kind: "figure" }>;

interface FigureLayout {
  title: Line[];
  caption: Line[];
  size: { width: number; height: number };
  height: number;
}

function figureLayout(flow: Flow, figure: FigureBlock): FigureLayout {
  const title = flow.lines(
    [{ text: reportText.figureLabel(figure.number, figure.chart.title), style: "regular" }],
    TYPE.figureTitle,
    CONTENT.width,
  );
  const caption = flow.lines(
    [{ text: figure.chart.caption, style: "regular" }],
    TYPE.caption,
    CONTENT.width,
  );
  const textHeight =
    title.length * TYPE.figureTitle.leading + 6 + 4 + caption.length * TYPE.caption.leading;
  const size = fitSize(figure.chart, {
    width: CONTENT.width,
    height: CONTENT.bottom - CONTENT.top - textHeight,
  });
  return { title, caption, size, height: textHeight + size.height };
}

export function drawFigure(ctx: BlockDrawer, figure: FigureBlock): void {
  const { flow } = ctx;
  const { doc } = flow;
  const layout = flow.laidOut(figure, figureLayout);
  if (!flow.atTop) flow.y += SPACE.figure / 2;
  flow.ensure(layout.height);
  // Div › Caption (the numbered title), Figure (the chart, with alt text), P (base n, source).
  const group = new TaggedBlock(doc, "Div");
  const title = new TaggedBlock(doc, "Caption", {}, group.element);
  title.mark(() => drawLines(flow, layout.title, CONTENT.left, TYPE.figureTitle));
  title.end();
  flow.y += 6;
  const { width, height } = layout.size;
  const top = flow.y;
  const tag = new TaggedBlock(
    doc,
    "Figure",
    {
      alt: figure.chart.altText,
      bbox: [CONTENT.left, top, CONTENT.left + width, top + height],
      placement: "Block",
    },
    group.element,
  );
  tag.mark(() =>
    drawChartSvg(doc, figure.chart.svg, {
      chartId: figure.chart.id,
      x: CONTENT.left,
      y: top,
      width,
      height,
    }),
  );
  tag.end();
  flow.y += height + 4;
  const caption = new TaggedBlock(doc, "P", {}, group.element);
  caption.mark(() => drawLines(flow, layout.caption, CONTENT.left, TYPE.caption));
  caption.end();
  group.end();
  flow.y += SPACE.figure;
}

/** How much of a block must fit under a heading so that the heading is not left alone. */
function minimumHeight(flow: Flow, block: Block | undefined): number {
  switch (block?.kind) {
    case "paragraph":
      return (
        Math.min(flow.laidOut(block.runs, paragraphLines).length, SPACE.keepLines) *
        TYPE.body.leading
      );
    case "list":
      return SPACE.keepLines * TYPE.body.leading;
    case "figure":
      return SPACE.figure / 2 + flow.laidOut(block, figureLayout).height;
    case "table":
      return SPACE.figure / 2 + tableStartHeight(flow, block, 2);
    case "heading":
      return HEADING_TYPE[block.level].leading + SPACE.beforeSection + 2 * TYPE.body.leading;
    default:
      return 0;
  }
}
