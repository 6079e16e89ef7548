// Reads a chart's SVG into a small tree for drawing into the PDF. The charts are Vega's own SVG
// output (tidied by charts/svg-output.ts), which uses a handful of elements: svg, rect, g, path,
// line, text (and hand-drawn test charts polyline and polygon). Anything else is an error rather than a silently missing part of a chart.
//
// Read tag by tag with one regular expression, not with a general XML parser: Vega writes plain
// markup (no declarations, comments or CDATA), and a general parser's character-by-character
// state machine was a fifth of the time it took to draw the charts. Markup this reader does not
// know is an error, as an element it cannot draw is.
import { characterReference } from "../../charts/character-reference.js";
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

const NAME = "[A-Za-z_:][\\w.:-]*";
const VALUE = `(?:"[^"<]*"|'[^'<]*')`;
/** A tag (its name, attributes and whether it closes itself), a closing tag, or text. */
const TOKEN = new RegExp(
  `<(${NAME})((?:\\s+${NAME}\\s*=\\s*${VALUE})*)\\s*(/?)>|</(${NAME})\\s*>|([^<]+)`,
  "y",
);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, "g");

/** The root `svg` element of a chart. */
export function parseChartSvg(svg: string, chartId: string): SvgElement {
  const stack: SvgElement[] = [];
  let root: SvgElement | undefined;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < svg.length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(svg);
    if (!token) throw unsupported(chartId, `the markup "${svg.slice(at, at + 40)}"`);
    // Read by index: destructuring walks an iterator, slow before the code is optimised.
    const text = token[5];
    const closing = token[4];
    const parent = stack[stack.length - 1];
    if (text !== undefined) {
      if (!parent && text.trim()) throw unsupported(chartId, "text outside the <svg> element");
      const decoded = decode(text, chartId);
      // XML reads a line break as one "\n" whatever the file's line ends.
      if (parent?.name === "text") parent.text += decoded.replace(/\r\n?/g, "\n");
    } else if (closing !== undefined) {
      if (stack.pop()?.name !== closing) throw unsupported(chartId, `a stray </${closing}>`);
    } else {
      const name = token[1]!;
      if (!isSupported(name)) throw unsupported(chartId, `the element <${name}>`);
      const element: SvgElement = {
        name,
        attributes: attributesOf(token[2]!, chartId),
        children: [],
        text: "",
      };
      if (parent) parent.children.push(element);
      else if (root) throw unsupported(chartId, "a second root element");
      else root = element;
      if (!token[3]) stack.push(element);
    }
  }
  if (stack.length > 0) throw unsupported(chartId, `an unclosed <${stack.at(-1)!.name}>`);
  if (!root || root.name !== "svg") throw unsupported(chartId, "a document without an <svg> root");
  return root;
}

/** An element's attributes, their values read as XML reads them (see `attributeValue`). */
function attributesOf(markup: string, chartId: string): Record<string, string> {
  const attributes = Object.create(null) as Record<string, string>;
  // Vega's values are plain text; only markup that has references or white space to normalise
  // takes the slower reading.
  const plain = !SPECIAL.test(markup);
  ATTRIBUTE.lastIndex = 0;
  let attribute;
  while ((attribute = ATTRIBUTE.exec(markup))) {
    const name = attribute[1]!;
    if (attributes[name] !== undefined) throw unsupported(chartId, `a second ${name} attribute`);
    const value = attribute[2] ?? attribute[3]!;
    attributes[name] = plain ? value : attributeValue(value, chartId);
  }
  return attributes;
}

const SPECIAL = /[&\t\n\r]/;

/** XML's attribute value: each tab or line break a space, character references decoded. */
function attributeValue(raw: string, chartId: string): string {
  return decode(raw.replace(/\r\n?|[\n\t]/g, " "), chartId);
}

/** A character reference, or an `&` that starts none (an error, as in XML). */
const REFERENCE = /&(?:#x[\da-f]+|#\d+|\w+);|&/gi;

/** XML's character references: the five named ones and numeric ones. */
function decode(text: string, chartId: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (reference) => {
    const decoded = characterReference(reference);
    if (decoded === undefined) throw unsupported(chartId, `the character reference "${reference}"`);
    return decoded;
  });
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
