// A chart inlined into the web page: one named and described image, ids unique to the chart, no
// roles of the marks; and otherwise the same SVG, written as an HTML serialiser writes it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Element, Nodes, Properties } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../package-info.js";
import { inlineChartHtml, inlineChartSvg } from "./chart-svg.js";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="100" height="50" viewBox="0 0 100 50"><defs><clipPath id="clip1"><rect width="10" height="10"/></clipPath></defs><g clip-path="url(#clip1)" role="graphics-object" aria-roledescription="group mark container"><path role="graphics-symbol" aria-label="estimate: 0.3651" d="M0,0h10"/></g></svg>`;

/** Vega's escapes in text and attributes, an empty element written open and closed, a tab. */
const ESCAPED = `<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="10" height="10"><g class="a" aria-label="&quot;x&quot; &amp; y"><text x="1" font-family="A &amp; B" data-note="a&#x9;b">FoU &amp; IKT &lt;3 &gt; &quot;ja&quot; 'nei'</text><g></g><text></text></g><a href="#clip1"><path d="M0,0"/></a></svg>`;

const image = { idPrefix: "figur-2", name: "Figur 2: A & <B>", description: "Alt" };

describe("a chart inlined in the web page", () => {
  const svg = inlineChartSvg(SVG, image);

  it("is an image named by its title and described by its desc", () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('class="chart"');
    expect(svg).toContain('aria-labelledby="figur-2-tittel"');
    expect(svg).toContain('aria-describedby="figur-2-beskrivelse"');
    expect(svg).toContain('<title id="figur-2-tittel">Figur 2: A &#x26; &#x3C;B></title>');
    expect(svg).toContain('<desc id="figur-2-beskrivelse">Alt</desc>');
  });

  it("makes ids unique to the chart and keeps the references to them", () => {
    expect(svg).toContain('<clipPath id="figur-2-clip1">');
    expect(svg).toContain('clip-path="url(#figur-2-clip1)"');
    expect(svg).not.toContain('"clip1"');
    expect(inlineChartSvg(ESCAPED, image)).toContain('<a href="#figur-2-clip1">');
  });

  it("leaves the marks inside without roles or labels of their own", () => {
    expect(svg.match(/role=/g)).toHaveLength(1);
    expect(svg).not.toContain("aria-label=");
    expect(svg).not.toContain("aria-roledescription");
  });

  it("is written exactly as hast-util-to-html writes the same tree (escapes, empty elements)", () => {
    for (const source of [SVG, ESCAPED, ...goldenSvgs()]) {
      const inlined = inlineChartSvg(source, image);
      expect(toHtml(fromHtml(inlined, { fragment: true }), { closeEmptyElements: true })).toBe(
        inlined,
      );
    }
    expect(inlineChartSvg(ESCAPED, image)).toContain(
      `FoU &#x26; IKT &#x3C;3 > "ja" 'nei'</text><g /><text /></g>`,
    );
  });

  it("is the same SVG otherwise: every element, attribute and text of the chart is kept", () => {
    for (const source of [SVG, ESCAPED, ...goldenSvgs()]) {
      const inlined = fromHtml(inlineChartSvg(source, image), { fragment: true });
      const original = fromHtml(source, { fragment: true });
      expect(comparable(inlined, "figur-2-")).toEqual(comparable(original, ""));
    }
  });

  it("refuses markup that is not Vega's, rather than passing it through", () => {
    expect(() => inlineChartSvg(`<svg><!-- x --></svg>`, image)).toThrow(
      /not markup the web edition can inline/,
    );
    expect(() => inlineChartSvg(`<svg><g a='1'/></svg>`, image)).toThrow(
      /not markup the web edition can inline/,
    );
    expect(() => inlineChartSvg(`<g/>`, image)).toThrow(/not markup the web edition can inline/);
    expect(() => inlineChartSvg(`<svg><g>`, image)).toThrow(
      /not markup the web edition can inline/,
    );
  });

  it("is kept by its SVG and words, so a rebuild does not inline the same chart again", () => {
    const a = inlineChartHtml(SVG, image);
    expect(a).toBe(inlineChartSvg(SVG, image));
    expect(inlineChartHtml(SVG, image)).toBe(a);
    expect(inlineChartHtml(SVG, { ...image, description: "Annen" })).not.toBe(a);
  });
});

/** The charts of the golden files. */
function goldenSvgs(): string[] {
  const folder = path.join(projectRoot(), "pipeline/testdata/charts");
  const files = readdirSync(folder).filter((f) => f.endsWith(".svg"));
  expect(files.length).toBeGreaterThan(3);
  return files.map((f) => readFileSync(path.join(folder, f), "utf8"));
}

/**
 * A tree to compare: the root's class, title and desc and every role and ARIA attribute left
 * out (those the inlining sets on purpose), ids and references with the prefix taken off.
 */
function comparable(node: Nodes, prefix: string): unknown {
  if (node.type === "root") return node.children.map((c) => comparable(c, prefix));
  if (node.type === "text") return node.value;
  if (node.type !== "element") return node.type;
  const element = node as Element;
  const isRoot = element.tagName === "svg";
  const children = element.children.filter(
    (c) => !(isRoot && c.type === "element" && ["title", "desc"].includes(c.tagName)),
  );
  const properties: Properties = {};
  for (const [key, value] of Object.entries(element.properties)) {
    if (key === "role" || /^aria/.test(key) || (isRoot && key === "className")) continue;
    properties[key] = typeof value === "string" ? value.split(prefix).join("") : value;
  }
  return {
    tag: element.tagName,
    properties,
    children: children.map((c) => comparable(c, prefix)),
  };
}
