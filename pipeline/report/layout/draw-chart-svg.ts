// Draws a chart's SVG into the PDF as vector graphics and real text. The SVG is the one published
// in charts/<id>.svg, so print and web show the same drawing; it is Vega's SVG output, which needs
// only translate/rotate transforms, paths, lines, rects and single-line text with inherited
// presentation attributes. Text goes through pdfkit's own text path: the same shaping, kerning,
// fonts and text layer (copy/paste, search) as the body text.
import { parseChartSvg, unsupported, type SvgElement } from "./parse-chart-svg.js";
import {
  fillOpacity,
  inheritedPaint,
  INITIAL_PAINT,
  strokeOpacity,
  type Paint,
} from "./svg-paint.js";
import { applyTransform, translation } from "./svg-transform.js";
import type { FontName } from "./style.js";

/** SVG's default miter limit (PDF's is 10). */
const SVG_MITER_LIMIT = 4;

export interface ChartPlacement {
  chartId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export function drawChartSvg(doc: PDFKit.PDFDocument, svg: string, at: ChartPlacement): void {
  const root = parsedChart(svg, at.chartId);
  const view = viewBox(root, at.chartId);
  const { x: docX, y: docY } = doc;
  doc.save();
  doc.translate(at.x, at.y);
  doc.scale(Math.min(at.width / view.width, at.height / view.height));
  doc.miterLimit(SVG_MITER_LIMIT);
  const drawer = new SvgDrawer(doc, at.chartId);
  drawer.children(root, drawer.paintOf(root, INITIAL_PAINT));
  doc.restore();
  // pdfkit's text() moves the document's cursor; the report's flow keeps its own.
  doc.x = docX;
  doc.y = docY;
}

/** Parsed charts by their SVG: a preview draws the same charts again on every rebuild. */
const parsedCharts = new Map<string, SvgElement>();
const PARSED_CHARTS_KEPT = 256;

function parsedChart(svg: string, chartId: string): SvgElement {
  let root = parsedCharts.get(svg);
  if (!root) {
    if (parsedCharts.size >= PARSED_CHARTS_KEPT) parsedCharts.clear();
    root = parseChartSvg(svg, chartId);
    parsedCharts.set(svg, root);
  }
  return root;
}

/** Each element's resolved paint, kept with the parsed chart (it depends on the tree alone). */
const paints = new WeakMap<SvgElement, Paint>();

function viewBox(root: SvgElement, chartId: string): { width: number; height: number } {
  const box = root.attributes.viewBox
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const [width, height] =
    box?.length === 4 ? [box[2], box[3]] : [number(root, "width"), number(root, "height")];
  if (!(width! > 0 && height! > 0)) throw unsupported(chartId, "an <svg> without a size");
  return { width: width!, height: height! };
}

class SvgDrawer {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly chartId: string,
  ) {}

  children(parent: SvgElement, paint: Paint): void {
    for (const child of parent.children) this.element(child, paint);
  }

  paintOf(element: SvgElement, inherited: Paint): Paint {
    let paint = paints.get(element);
    if (!paint) {
      paint = inheritedPaint(inherited, element.attributes, this.chartId);
      paints.set(element, paint);
    }
    return paint;
  }

  private element(element: SvgElement, inherited: Paint): void {
    if (element.attributes.display === "none") return;
    const paint = this.paintOf(element, inherited);
    const transform = element.attributes.transform;
    if (element.name === "g") {
      this.transformed(transform, () => this.children(element, paint));
      return;
    }
    if (!paint.fill && !paint.stroke) return;
    if (element.name === "line") return this.line(element, paint, transform);
    if (element.name === "text")
      return this.transformed(transform, () => this.text(element, paint));
    this.transformed(transform, () =>
      this.isolated(paint, () => {
        if (element.name === "path") this.doc.path(element.attributes.d ?? "");
        else if (element.name === "polyline" || element.name === "polygon")
          this.points(element.attributes.points ?? "", element.name === "polygon");
        else if (element.name === "rect")
          this.doc.rect(
            number(element, "x"),
            number(element, "y"),
            number(element, "width"),
            number(element, "height"),
          );
        else throw unsupported(this.chartId, `a nested <${element.name}>`);
        this.paintShape(paint);
      }),
    );
  }

  /** A rule: its translation folded into its end points (Vega draws hundreds of them). */
  private line(element: SvgElement, paint: Paint, transform: string | undefined): void {
    if (!paint.stroke) return;
    const offset = translation(transform);
    if (!offset) return this.transformed(transform, () => this.line(element, paint, undefined));
    this.isolated(paint, () => {
      this.doc
        .moveTo(offset.x + number(element, "x1"), offset.y + number(element, "y1"))
        .lineTo(offset.x + number(element, "x2"), offset.y + number(element, "y2"));
      this.setStroke(paint);
      this.doc.stroke();
    });
  }

  private points(list: string, closed: boolean): void {
    const values = list
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    for (let i = 0; i + 1 < values.length; i += 2) {
      if (i === 0) this.doc.moveTo(values[0]!, values[1]!);
      else this.doc.lineTo(values[i]!, values[i + 1]!);
    }
    if (closed) this.doc.closePath();
  }

  private text(element: SvgElement, paint: Paint): void {
    // SVG collapses XML white space in text (xml:space="default"); no-break spaces stay.
    const text = element.text.replace(/[ \t\r\n]+/g, " ").replace(/^ | $/g, "");
    if (!text || !paint.fill) return;
    const doc = this.doc;
    doc.font(fontName(paint)).fontSize(paint.fontSize);
    doc.fillColor(paint.fill.color, fillOpacity(paint));
    const anchor = paint.textAnchor;
    const width = anchor === "start" ? undefined : doc.widthOfString(text);
    const shift = width === undefined ? 0 : anchor === "middle" ? width / 2 : width;
    doc.text(text, number(element, "x") - shift, number(element, "y"), textOptions(width));
  }

  private paintShape(paint: Paint): void {
    if (paint.fill) this.doc.fillColor(paint.fill.color, fillOpacity(paint));
    if (paint.stroke) this.setStroke(paint);
    if (paint.fill && paint.stroke) this.doc.fillAndStroke();
    else if (paint.fill) this.doc.fill();
    else this.doc.stroke();
  }

  /** Colour and width for every stroke; caps, joins and dashes only where they differ from SVG's defaults. */
  private setStroke(paint: Paint): void {
    const stroke = paint.stroke!;
    this.doc.strokeColor(stroke.color, strokeOpacity(paint)).lineWidth(paint.strokeWidth);
    if (paint.lineCap !== "butt") this.doc.lineCap(paint.lineCap);
    if (paint.lineJoin !== "miter") this.doc.lineJoin(paint.lineJoin);
    if (paint.miterLimit !== SVG_MITER_LIMIT) this.doc.miterLimit(paint.miterLimit);
    // Typed boundary: pdfkit takes a dash array, @types/pdfkit only a length.
    if (paint.dash.length > 0)
      this.doc.dash(paint.dash as unknown as number, { phase: paint.dashOffset });
  }

  /** A shape whose stroke style differs from the defaults draws in a state of its own. */
  private isolated(paint: Paint, draw: () => void): void {
    const special =
      paint.stroke !== undefined &&
      (paint.lineCap !== "butt" ||
        paint.lineJoin !== "miter" ||
        paint.miterLimit !== SVG_MITER_LIMIT ||
        paint.dash.length > 0);
    if (!special) return draw();
    this.doc.save();
    draw();
    this.doc.restore();
  }

  private transformed(transform: string | undefined, draw: () => void): void {
    if (!transform) return draw();
    this.doc.save();
    applyTransform(this.doc, transform, this.chartId);
    draw();
    this.doc.restore();
  }
}

/**
 * pdfkit's options for a label: set on its baseline, as SVG sets text. A label measured already
 * (to anchor it) gives pdfkit its width, which pdfkit would otherwise measure again (for links
 * and underlines, which charts do not have), as pdfkit's own line wrapper does.
 */
function textOptions(width: number | undefined): PDFKit.Mixins.TextOptions {
  const options = { lineBreak: false, baseline: "alphabetic" as const };
  // Typed boundary: @types/pdfkit does not list the option the line wrapper passes.
  return (
    width === undefined ? options : { ...options, textWidth: width }
  ) as PDFKit.Mixins.TextOptions;
}

function fontName(paint: Paint): FontName {
  if (paint.fontWeight === "bold") return "bold";
  return paint.fontStyle === "italic" ? "italic" : "regular";
}

function number(element: SvgElement, name: string): number {
  const value = element.attributes[name];
  return value === undefined ? 0 : parseFloat(value);
}
