import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openPdf } from "../../testdata/read-pdf.js";
import { drawChartSvg, type ChartPlacement } from "./draw-chart-svg.js";
import { createReportDocument, pdfBytes } from "./pdf-document.js";
import { PAGE } from "./style.js";
import { fillOpacity, inheritedPaint, INITIAL_PAINT } from "./svg-paint.js";

const GOLDEN_CHARTS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../testdata/charts",
);

function newDocument(): PDFKit.PDFDocument {
  return createReportDocument({
    title: "t",
    author: "a",
    subject: "s",
    keywords: "",
    date: new Date(0),
  });
}

interface PlacedText {
  text: string;
  x: number;
  /** From the top of the page, as the report measures. */
  baseline: number;
  width: number;
  transform: number[];
}

async function drawnText(svg: string, at: ChartPlacement): Promise<PlacedText[]> {
  const doc = newDocument();
  drawChartSvg(doc, svg, at);
  const pdf = await openPdf(await pdfBytes(doc));
  const content = await (await pdf.getPage(1)).getTextContent();
  const items = content.items.filter((item) => "str" in item && item.str.trim() !== "");
  await pdf.destroy();
  return items.map((item) => {
    const { str, transform, width } = item as { str: string; transform: number[]; width: number };
    return { text: str, x: transform[4]!, baseline: PAGE.height - transform[5]!, width, transform };
  });
}

const svg = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"><g fill="none">${body}</g></svg>`;
const text = (anchor: string, x: number, label: string) =>
  `<text text-anchor="${anchor}" transform="translate(${x},40)" font-size="10px" fill="#1a1a1a">${label}</text>`;

describe("drawing a chart's SVG into the PDF", () => {
  const at = { chartId: "test", x: 100, y: 100, width: 100, height: 50 };

  it("places text at its baseline, anchored at start, middle or end, in the drawn scale", async () => {
    const placed = await drawnText(
      svg(text("start", 20, "Start") + text("middle", 100, "Midt") + text("end", 180, "Slutt")),
      at,
    );
    expect(placed.map((p) => p.text)).toEqual(["Start", "Midt", "Slutt"]);
    const [start, middle, end] = placed as [PlacedText, PlacedText, PlacedText];
    // Drawn at half size: SVG (20, 40) lands at (100 + 10, 100 + 20).
    expect(start.x).toBeCloseTo(110, 5);
    expect(middle.x + middle.width / 2).toBeCloseTo(150, 5);
    expect(end.x + end.width).toBeCloseTo(190, 5);
    for (const p of placed) expect(p.baseline).toBeCloseTo(120, 5);
    expect(start.transform[0]).toBeCloseTo(5, 5); // font-size 10 at scale 0.5
  });

  it("turns text with rotate(), as Vega does for a y-axis title", async () => {
    const rotated = `<text text-anchor="middle" transform="translate(10,50) rotate(-90) translate(0,0)" font-size="10px" fill="#000">Andel</text>`;
    const [title] = await drawnText(svg(rotated), at);
    expect(title?.text).toBe("Andel");
    // Reading upwards: the text's x axis points up the page.
    expect(title!.transform[0]).toBeCloseTo(0, 5);
    expect(title!.transform[1]).toBeCloseTo(5, 5);
  });

  it("leaves out text that is hidden or has no fill", async () => {
    const hidden = `<text transform="translate(10,10)" font-size="10px" fill="#000" display="none">Skjult</text><text transform="translate(10,30)" font-size="10px">Uten farge</text>`;
    expect(await drawnText(svg(hidden), at)).toEqual([]);
  });

  it("refuses an element or attribute it cannot draw, naming the chart", () => {
    const doc = newDocument();
    const circle = svg('<circle r="4" fill="#000"/>');
    expect(() => drawChartSvg(doc, circle, at)).toThrow(/CHART_SVG_UNSUPPORTED|<circle>/);
    const clipped = svg('<path d="M0,0h10v10h-10Z" clip-path="url(#c)" fill="#000"/>');
    expect(() => drawChartSvg(doc, clipped, at)).toThrow(/chart "test".*clip-path/);
    const skewed = svg('<path d="M0,0h10v10h-10Z" transform="skewX(20)" fill="#000"/>');
    expect(() => drawChartSvg(doc, skewed, at)).toThrow(/skewX/);
  });

  it("draws every chart the sample report publishes", async () => {
    const files = readdirSync(GOLDEN_CHARTS).filter((f) => f.endsWith(".svg"));
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const chart = readFileSync(path.join(GOLDEN_CHARTS, file), "utf8");
      const placed = await drawnText(chart, { ...at, chartId: file, width: 480, height: 400 });
      // Every label of the SVG reaches the PDF's text layer.
      // (pdfjs reads a no-break space back as a space.)
      const labels = [...chart.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
        m[1]!.trim().replace(/\u00a0/g, " "),
      );
      expect(placed.map((p) => p.text).sort(), file).toEqual(labels.filter((l) => l !== "").sort());
    }
  });
});

describe("paint inherited down the SVG tree", () => {
  it("takes fill from the group and multiplies the opacities of group and element", () => {
    const group = inheritedPaint(INITIAL_PAINT, { fill: "#0072B2", opacity: "0.5" }, "t");
    const bar = inheritedPaint(group, { opacity: "0.7", "fill-opacity": "0.5" }, "t");
    expect(bar.fill?.color).toBe("#0072B2");
    expect(fillOpacity(bar)).toBeCloseTo(0.175, 10);
  });

  it("reads rgba() colours, numeric weights and the text anchor", () => {
    const paint = inheritedPaint(
      INITIAL_PAINT,
      { fill: "rgba(0, 114, 178, 0.5)", "font-weight": "700", "text-anchor": "end" },
      "t",
    );
    expect(paint.fill).toEqual({ color: "#0072b2", alpha: 0.5 });
    expect(paint.fontWeight).toBe("bold");
    expect(paint.textAnchor).toBe("end");
  });

  it("is the parent's own paint where an element sets none (most groups and paths)", () => {
    const group = inheritedPaint(INITIAL_PAINT, { fill: "#0072B2" }, "t");
    expect(inheritedPaint(group, { class: "mark", d: "M0,0h1", role: "img" }, "t")).toBe(group);
  });

  it("refuses an attribute it does not know, even one named like an object's own", () => {
    expect(() => inheritedPaint(INITIAL_PAINT, { constructor: "x" }, "t")).toThrow(
      /attribute constructor="x"/,
    );
  });

  it("has no fill after fill=none, and ignores what only screen readers use", () => {
    const paint = inheritedPaint(
      INITIAL_PAINT,
      { fill: "none", role: "graphics-symbol", "aria-label": "x", class: "mark" },
      "t",
    );
    expect(paint.fill).toBeUndefined();
  });
});
