// SVG's transform attribute, applied to the PDF's current transformation. pdfkit's page
// coordinates run top-down like SVG's, so each SVG transform maps to the pdfkit call of its name.
import { unsupported } from "./parse-chart-svg.js";

const STEP = /(translate|rotate|scale|matrix)\s*\(([^)]*)\)/g;

export function applyTransform(doc: PDFKit.PDFDocument, transform: string, chartId: string): void {
  // Most of Vega's transforms are one translate().
  const offset = translation(transform);
  if (offset && !Number.isNaN(offset.x) && !Number.isNaN(offset.y)) {
    doc.translate(offset.x, offset.y);
    return;
  }
  let matched = "";
  for (const [step, name, list] of transform.matchAll(STEP)) {
    matched += step;
    const values = list!
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (values.some(Number.isNaN)) throw unsupported(chartId, `the transform "${transform}"`);
    applyStep(doc, name!, values);
  }
  if (matched.replace(/\s/g, "") !== transform.replace(/\s/g, ""))
    throw unsupported(chartId, `the transform "${transform}"`);
}

function applyStep(doc: PDFKit.PDFDocument, name: string, v: number[]): void {
  const [a = 0, b, c, d, e, f] = v;
  switch (name) {
    case "translate":
      doc.translate(a, b ?? 0);
      break;
    case "rotate":
      doc.rotate(a, { origin: [b ?? 0, c ?? 0] });
      break;
    case "scale":
      doc.scale(a, b ?? a);
      break;
    default:
      doc.transform(a, b ?? 0, c ?? 0, d ?? 1, e ?? 0, f ?? 0);
  }
}

/** The offset of a transform that only translates; undefined for anything else. */
export function translation(transform: string | undefined): { x: number; y: number } | undefined {
  if (!transform) return { x: 0, y: 0 };
  const match = /^\s*translate\(\s*([-\d.e]+)(?:[\s,]+([-\d.e]+))?\s*\)\s*$/.exec(transform);
  return match ? { x: Number(match[1]), y: Number(match[2] ?? 0) } : undefined;
}
