import { describe, expect, it } from "vitest";
import { parseChartSvg, type SvgElement } from "./parse-chart-svg.js";

const parse = (svg: string) => parseChartSvg(svg, "test");
const names = (element: SvgElement): unknown => [
  element.name,
  ...element.children.map((child) => names(child)),
];

describe("reading a chart's SVG", () => {
  it("gives the tree of elements with their attributes in document order", () => {
    const root = parse(
      `<svg width="20" height="10"><g fill="#000" transform="translate(1,2)"><path d="M0,0h5"/><line x2="3"></line></g><rect width="1" height="1"/></svg>`,
    );
    expect(names(root)).toEqual(["svg", ["g", ["path"], ["line"]], ["rect"]]);
    expect(Object.entries(root.children[0]!.attributes)).toEqual([
      ["fill", "#000"],
      ["transform", "translate(1,2)"],
    ]);
  });

  it("keeps the text of a text element, with its character references decoded", () => {
    const root = parse(`<svg><text x="1">A &amp; B: &#8722;5&#xA0;% &lt;3</text></svg>`);
    expect(root.children[0]!.text).toBe("A & B: \u22125\u00a0% <3");
  });

  it("reads attribute values as XML does: references decoded, tabs and line breaks as spaces", () => {
    const root = parse(`<svg aria-label="a &quot;b&quot;&#10;c\td\r\ne" role='img'></svg>`);
    expect(root.attributes["aria-label"]).toBe('a "b"\nc d e');
    expect(root.attributes.role).toBe("img");
  });

  it("reads a text's line breaks as one line feed", () => {
    expect(parse(`<svg><text>a\r\nb</text></svg>`).children[0]!.text).toBe("a\nb");
  });

  it.each([
    [`<svg><circle r="1"/></svg>`, /the element <circle>/],
    [`<!-- a comment --><svg/>`, /the markup "<!-- a comment/],
    [`<svg><text>a & b</text></svg>`, /the character reference "&"/],
    [`<svg><text>&nbsp;</text></svg>`, /the character reference "&nbsp;"/],
    [`<svg><g></svg>`, /a stray <\/svg>/],
    [`<svg><g>`, /an unclosed <g>/],
    [`<svg/><svg/>`, /a second root element/],
    [`<svg x="1" x="2"/>`, /a second x attribute/],
    [`<g/>`, /a document without an <svg> root/],
  ])("refuses markup it does not know, naming the chart: %s", (svg, message) => {
    expect(() => parse(svg)).toThrow(message);
    expect(() => parse(svg)).toThrow(/chart "test"/);
  });
});
