// A chart's SVG (as rendered for the PDF) made fit to stand inline in a page among others: one
// image with an accessible name (the figure's label) and description (the alt text), and ids
// made unique to the chart, since vega numbers its clip paths from 1 in every chart. The roles
// and labels vega gives each mark ("estimate: 0.3651") go: the image is read as one, by its
// description, and a mark without data (a rule at zero) would be an image without a name.
//
// Rewritten tag by tag as text, not read into an HTML tree and written out again: the SVG is
// Vega's own markup (charts/svg-output.ts), every attribute double-quoted, no comments or
// CDATA, and parsing 21 charts with an HTML parser was most of the web stage's time. Markup this
// reader does not know is an error, never passed through.
import { characterReference } from "../charts/character-reference.js";

export interface ChartImage {
  /** Prefix of every id inside the SVG, unique in the page. */
  idPrefix: string;
  name: string;
  description: string;
}

/** Inlined charts by their SVG and words: a preview rebuild inlines the same charts again. */
const inlined = new Map<string, string>();
const INLINED_KEPT = 256;

/** The chart's markup to stand inline (`inlineChartSvg`), kept for the next rebuild. */
export function inlineChartHtml(svg: string, image: ChartImage): string {
  const key = JSON.stringify([svg, image.idPrefix, image.name, image.description]);
  let html = inlined.get(key);
  if (html === undefined) {
    if (inlined.size >= INLINED_KEPT) inlined.clear();
    html = inlineChartSvg(svg, image);
    inlined.set(key, html);
  }
  return html;
}

/** A tag (its name, attributes and whether it closes itself), a closing tag, or text. */
const TOKEN =
  /<([a-zA-Z][\w:-]*)((?:\s+[^\s="'<>/]+="[^"]*")*)\s*(\/?)>|<\/([a-zA-Z][\w:-]*)\s*>|([^<]+)/y;
const ATTRIBUTE = /([^\s="'<>/]+)="([^"]*)"/g;

/** The chart's SVG as HTML to stand inline: see the top of this file. */
export function inlineChartSvg(svg: string, image: ChartImage): string {
  const out: string[] = [];
  let depth = 0;
  /** An opening tag waiting to see whether its element is empty (then written as `<x />`). */
  let open: string | undefined;
  const flush = () => {
    if (open !== undefined) out.push(`${open}>`);
    open = undefined;
  };
  TOKEN.lastIndex = 0;
  const source = svg.trim();
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(source);
    if (!token) throw notVegaSvg(image, source, at);
    // Read by index: destructuring walks an iterator, slow before the code is optimised.
    const name = token[1];
    const selfClosing = token[3];
    const closing = token[4];
    const text = token[5];
    if (text !== undefined) {
      flush();
      out.push(escapeText(decode(text)));
    } else if (closing !== undefined) {
      if (open !== undefined) out.push(`${open} />`);
      else out.push(`</${closing}>`);
      open = undefined;
      depth--;
    } else {
      flush();
      if (depth === 0 && name !== "svg") throw notVegaSvg(image, source, at);
      const tag = `<${name}${attributeText(token[2]!, depth === 0, image)}`;
      if (depth === 0) {
        out.push(`${tag}>`, titleAndDescription(image));
        if (selfClosing) out.push("</svg>");
        else depth++;
      } else if (selfClosing) out.push(`${tag} />`);
      else {
        open = tag;
        depth++;
      }
    }
  }
  flush();
  if (depth !== 0) throw notVegaSvg(image, source, source.length);
  return out.join("");
}

function titleAndDescription(image: ChartImage): string {
  return (
    `<title id="${image.idPrefix}-tittel">${escapeText(image.name)}</title>` +
    `<desc id="${image.idPrefix}-beskrivelse">${escapeText(image.description)}</desc>`
  );
}

/** The attributes as written inline: see the top of this file. */
function attributeText(attributes: string, isRoot: boolean, image: ChartImage): string {
  const rename = (id: string) => `${image.idPrefix}-${id}`;
  let text = "";
  ATTRIBUTE.lastIndex = 0;
  let attribute;
  while ((attribute = ATTRIBUTE.exec(attributes))) {
    const name = attribute[1]!;
    if (name === "role" || name.startsWith("aria")) continue;
    let value = decode(attribute[2]!);
    if (isRoot && name === "class") value = "chart";
    else if (name === "id") value = rename(value);
    else if (/href$/i.test(name) && value.startsWith("#")) value = `#${rename(value.slice(1))}`;
    else if (value.includes("url("))
      value = value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`);
    text += ` ${name}="${escapeAttribute(value)}"`;
  }
  if (isRoot)
    text +=
      ` role="img" aria-labelledby="${image.idPrefix}-tittel"` +
      ` aria-describedby="${image.idPrefix}-beskrivelse"`;
  return text;
}

/** Vega's escapes (charts/svg-output.ts keeps them): named and numeric character references. */
function decode(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#x[\da-f]+|#\d+|[a-z]+);/gi, (entity) => {
    const known = characterReference(entity);
    if (known === undefined) throw new Error(`unknown character reference ${entity} in a chart`);
    return known;
  });
}

/** As hast-util-to-html writes text: `&` and `<` as references, the rest as it is. */
function escapeText(text: string): string {
  return text.replace(/[&<]/g, (c) => (c === "&" ? "&#x26;" : "&#x3C;"));
}

/** As hast-util-to-html writes a double-quoted attribute value. */
function escapeAttribute(value: string): string {
  return value.replace(/[&"]/g, (c) => (c === "&" ? "&#x26;" : "&#x22;"));
}

function notVegaSvg(image: ChartImage, svg: string, at: number): Error {
  return new Error(
    `${image.idPrefix}: the chart's SVG is not markup the web edition can inline, at "${svg.slice(at, at + 40)}"`,
  );
}
