// Reads a chart's SVG into a small tree for drawing into the PDF. The charts are Vega's own SVG
// output (tidied by charts/svg-output.ts), which uses a handful of elements: svg, rect, g, path,
// line, text (and hand-drawn test charts polyline and polygon). Anything else is an error rather than a silently missing part of a chart.
import { SaxesParser } from "saxes";
import { ItipError, ExitCode } from "../../errors.js";

export interface SvgElement {
  name: SvgElementName;
  attributes: Readonly<Record<string, string>>;
  children: SvgElement[];
  /** The text of a `text` element. */
  text: string;
}

const ELEMENTS = ["svg", "g", "rect", "path", "line", "polyline", "polygon", "text"] as const;
export type SvgElementName = (typeof ELEMENTS)[number];

/** The root `svg` element of a chart. */
export function parseChartSvg(svg: string, chartId: string): SvgElement {
  const parser = new SaxesParser();
  const stack: SvgElement[] = [];
  let root: SvgElement | undefined;
  parser.on("opentag", (tag) => {
    if (!isSupported(tag.name)) throw unsupported(chartId, `the element <${tag.name}>`);
    const element: SvgElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: "",
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    const current = stack.at(-1);
    if (current?.name === "text") current.text += text;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(svg).close();
  if (!root || root.name !== "svg") throw unsupported(chartId, "a document without an <svg> root");
  return root;
}

function isSupported(name: string): name is SvgElementName {
  return (ELEMENTS as readonly string[]).includes(name);
}

export function unsupported(chartId: string, what: string): ItipError {
  return new ItipError(
    "CHART_SVG_UNSUPPORTED",
    `chart "${chartId}": the PDF cannot draw ${what} of its SVG. The chart uses a Vega feature the ` +
      "report's chart drawing (report/layout/draw-chart-svg.ts) does not know yet; add it there.",
    { exitCode: ExitCode.internal },
  );
}
