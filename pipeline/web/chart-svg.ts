// A chart's SVG (as rendered for the PDF) made fit to stand inline in a page among others: one
// image with an accessible name (the figure's label) and description (the alt text), and ids
// made unique to the chart, since vega numbers its clip paths from 1 in every chart. The roles
// and labels vega gives each mark ("estimate: 0.3651") go: the image is read as one, by its
// description, and a mark without data (a rule at zero) would be an image without a name.
import type { Element, ElementContent, Properties } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { s } from "hastscript";

export interface ChartImage {
  /** Prefix of every id inside the SVG, unique in the page. */
  idPrefix: string;
  name: string;
  description: string;
}

/**
 * Inline charts as HTML, by their SVG and words: reading an SVG into a tree and writing it out
 * again is most of the web stage's time, and a preview rebuild inlines the same charts again.
 * The HTML is our own serialisation of the parsed SVG, so it can stand raw in the page.
 */
const inlined = new Map<string, Element>();
const INLINED_KEPT = 256;

export function inlineChartHtml(svg: string, image: ChartImage): Element {
  const key = JSON.stringify([svg, image.idPrefix, image.name, image.description]);
  let html = inlined.get(key);
  if (!html) {
    if (inlined.size >= INLINED_KEPT) inlined.clear();
    const value = toHtml(inlineChartSvg(svg, image), { closeEmptyElements: true });
    // Typed boundary: hast-util-to-html writes a `raw` node as it is (allowDangerousHtml); hast's
    // own types know raw nodes only through mdast-util-to-hast, which we do not depend on.
    html = { type: "raw", value } as unknown as Element;
    inlined.set(key, html);
  }
  return html;
}

export function inlineChartSvg(svg: string, image: ChartImage): Element {
  const root = fromHtml(svg, { fragment: true });
  const element = root.children.find((c): c is Element => c.type === "element");
  if (element?.tagName !== "svg") throw new Error(`${image.idPrefix}: the chart is not an SVG`);
  element.children.forEach((child) => {
    if (child.type === "element") visit(child, withoutSemantics);
  });
  prefixIds(element, image.idPrefix);
  const titleId = `${image.idPrefix}-tittel`;
  const descriptionId = `${image.idPrefix}-beskrivelse`;
  element.properties = {
    ...element.properties,
    role: "img",
    ariaLabelledBy: [titleId],
    ariaDescribedBy: [descriptionId],
    className: ["chart"],
  };
  element.children = [
    s("title", { id: titleId }, image.name),
    s("desc", { id: descriptionId }, image.description),
    ...element.children,
  ];
  return element;
}

/** Calls `change` on an element and every element inside it. */
function visit(element: Element, change: (element: Element) => void): void {
  change(element);
  element.children.forEach((child: ElementContent) => {
    if (child.type === "element") visit(child, change);
  });
}

/** A mark inside the chart: no role and no ARIA of its own. */
function withoutSemantics(element: Element): void {
  element.properties = Object.fromEntries(
    Object.entries(element.properties).filter(([key]) => key !== "role" && !/^aria/.test(key)),
  );
}

/** Renames every id to `<prefix>-<id>` and rewrites the references to it (url(#…), href="#…"). */
function prefixIds(element: Element, prefix: string): void {
  const rename = (id: string) => `${prefix}-${id}`;
  visit(element, (node) => {
    node.properties = renamedProperties(node.properties, rename);
  });
}

function renamedProperties(properties: Properties, rename: (id: string) => string): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(properties)) {
    if (typeof value !== "string") out[key] = value;
    else if (key === "id") out[key] = rename(value);
    else if (/href$/i.test(key) && value.startsWith("#")) out[key] = `#${rename(value.slice(1))}`;
    else out[key] = value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`);
  }
  return out;
}
