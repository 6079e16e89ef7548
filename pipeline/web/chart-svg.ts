// A chart's SVG (as rendered for the PDF) made fit to stand inline in a page among others: one
// image with an accessible name (the figure's label) and description (the alt text), and ids
// made unique to the chart, since vega numbers its clip paths from 1 in every chart.
import type { Element, ElementContent, Properties } from "hast";
import { fromHtml } from "hast-util-from-html";
import { s } from "hastscript";

export interface ChartImage {
  /** Prefix of every id inside the SVG, unique in the page. */
  idPrefix: string;
  name: string;
  description: string;
}

export function inlineChartSvg(svg: string, image: ChartImage): Element {
  const root = fromHtml(svg, { fragment: true });
  const element = root.children.find((c): c is Element => c.type === "element");
  if (element?.tagName !== "svg") throw new Error(`${image.idPrefix}: the chart is not an SVG`);
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

/** Renames every id to `<prefix>-<id>` and rewrites the references to it (url(#…), href="#…"). */
function prefixIds(element: Element, prefix: string): void {
  const rename = (id: string) => `${prefix}-${id}`;
  const visit = (node: Element) => {
    node.properties = renamedProperties(node.properties, rename);
    node.children.forEach((child: ElementContent) => {
      if (child.type === "element") visit(child);
    });
  };
  visit(element);
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
