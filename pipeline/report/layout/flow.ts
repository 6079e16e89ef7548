// The cursor of the layout: which page, how far down, how much room is left; plus the two
// primitives everything else draws with — a line of styled text and a tagged block.
import type { Run, TextStyle } from "../blocks.js";
import { breakLines, type Line, type LineSegment } from "./line-breaking.js";
import { CONTENT, type FontName, type TextStyleSpec } from "./style.js";

/**
 * Widths of strings at 1 pt, by font, shared by every document of the process: shaping a word
 * with fontkit is the costliest step of the layout, and a word is as wide in every report.
 */
const widthAtOnePoint = new Map<string, number>();

export class Flow {
  y: number = CONTENT.top;

  /** Layouts made so far, by the function that made them and the block laid out. */
  private readonly layouts = new Map<
    (flow: Flow, block: never) => unknown,
    WeakMap<object, unknown>
  >();

  constructor(readonly doc: PDFKit.PDFDocument) {}

  /** 0-based index of the current page. */
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  get remaining(): number {
    return CONTENT.bottom - this.y;
  }

  get atTop(): boolean {
    return this.y <= CONTENT.top + 0.01;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = CONTENT.top;
  }

  /** Starts a new page unless `height` fits (or the page is still empty). */
  ensure(height: number): void {
    if (height > this.remaining + 0.01 && !this.atTop) this.newPage();
  }

  fontFor(spec: TextStyleSpec, style: TextStyle): FontName {
    if (style === "bold") return "bold";
    if (style === "italic") return "italic";
    return spec.font;
  }

  measure(spec: TextStyleSpec): (text: string, style: TextStyle) => number {
    return (text, style) => this.width(text, this.fontFor(spec, style), spec.size);
  }

  width(text: string, font: FontName, size: number): number {
    const key = `${font}\u0000${text}`;
    let width = widthAtOnePoint.get(key);
    if (width === undefined) {
      width = this.doc.font(font).fontSize(1000).widthOfString(text) / 1000;
      widthAtOnePoint.set(key, width);
    }
    return width * size;
  }

  /**
   * A block's layout, made once per document: a heading measures the block that follows it (to
   * keep the two together), which is then drawn with the same layout.
   */
  laidOut<B extends object, L>(block: B, lay: (flow: Flow, block: B) => L): L {
    let byBlock = this.layouts.get(lay);
    if (!byBlock) this.layouts.set(lay, (byBlock = new WeakMap()));
    let layout = byBlock.get(block) as L | undefined;
    if (layout === undefined) byBlock.set(block, (layout = lay(this, block)));
    return layout;
  }

  lines(runs: readonly Run[], spec: TextStyleSpec, width: number): Line[] {
    return breakLines(runs, width, this.measure(spec));
  }

  /** Draws one line with its top at `y`; the text sits in the middle of the leading. */
  drawLine(line: Line, x: number, y: number, spec: TextStyleSpec): void {
    const top = y + (spec.leading - spec.size * 1.25) / 2;
    for (const segment of line) {
      this.doc
        .font(this.fontFor(spec, segment.style))
        .fontSize(spec.size)
        .fillColor(spec.color)
        .text(segment.text, x + segment.x, top, measured(segment));
    }
  }

  /** Single-line text at a position (cover, footer, tables). */
  drawText(
    text: string,
    x: number,
    y: number,
    spec: TextStyleSpec,
    align: "left" | "right" = "left",
  ): number {
    const width = this.width(text, spec.font, spec.size);
    const left = align === "right" ? x - width : x;
    this.drawLine([{ text, style: "regular", x: 0, width }], left, y, spec);
    return width;
  }
}

/**
 * pdfkit's options for a line of text that was measured already: pdfkit measures what it draws
 * (for links and underlines, which the report does not use) unless it is given the width, as its
 * own line wrapper gives it.
 */
function measured(segment: LineSegment): PDFKit.Mixins.TextOptions {
  // Typed boundary: @types/pdfkit does not list the option the line wrapper passes.
  const options = { lineBreak: false, textWidth: segment.width };
  return options as PDFKit.Mixins.TextOptions;
}

/** What a structure element may carry besides its type (pdfkit's struct options). */
export interface StructOptions {
  /** Alternative text (Figure). */
  alt?: string;
  /** Table header cells: which cells they head. */
  scope?: "Row" | "Column";
  /** Figure: its box on the page, top-left origin [x0, y0, x1, y1]. */
  bbox?: [number, number, number, number];
  placement?: "Block" | "Inline";
}

/** Every document's root structure element ("Document"), which all others descend from. */
const roots = new WeakMap<PDFKit.PDFDocument, PDFKit.PDFStructureElement>();

export function documentRoot(doc: PDFKit.PDFDocument): PDFKit.PDFStructureElement {
  let root = roots.get(doc);
  if (!root) {
    root = doc.struct("Document");
    doc.addStructure(root);
    roots.set(doc, root);
  }
  return root;
}

/** A structure element of the tagged PDF whose content may span several pages. */
export class TaggedBlock {
  readonly element: PDFKit.PDFStructureElement;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly type: string,
    options: StructOptions = {},
    parent?: PDFKit.PDFStructureElement,
  ) {
    // Typed boundary: @types/pdfkit lists only some of the options pdfkit accepts.
    this.element = doc.struct(type, options as PDFKit.Mixins.StructureElementOptions);
    (parent ?? documentRoot(doc)).add(this.element);
  }

  /** Draws content that belongs to this element (on the current page). */
  mark(draw: () => void): void {
    const content = this.doc.markStructureContent(this.type);
    draw();
    this.doc.endMarkedContent();
    this.element.add(content);
  }

  end(): void {
    this.element.end();
  }
}

/** Draws page furniture (footers, rules) that is not part of the text. */
export function asArtifact(
  doc: PDFKit.PDFDocument,
  draw: () => void,
  type: "Layout" | "Pagination" = "Layout",
): void {
  doc.markContent("Artifact", { type });
  draw();
  doc.endMarkedContent();
}
