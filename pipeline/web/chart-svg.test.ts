import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { inlineChartSvg } from "./chart-svg.js";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="100" height="50" viewBox="0 0 100 50"><defs><clipPath id="clip1"><rect width="10" height="10"/></clipPath></defs><g clip-path="url(#clip1)" role="graphics-object" aria-roledescription="group mark container"><path role="graphics-symbol" aria-label="estimate: 0.3651" d="M0,0h10"/></g></svg>`;

describe("inlineChartSvg", () => {
  const svg = toHtml(
    inlineChartSvg(SVG, { idPrefix: "figur-2", name: "Figur 2: A & <B>", description: "Alt" }),
  );

  it("is an image named by its title and described by its desc", () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="figur-2-tittel"');
    expect(svg).toContain('aria-describedby="figur-2-beskrivelse"');
    expect(svg).toContain('<title id="figur-2-tittel">Figur 2: A &#x26; &#x3C;B></title>');
    expect(svg).toContain('<desc id="figur-2-beskrivelse">Alt</desc>');
  });

  it("makes ids unique to the chart and keeps the references to them", () => {
    expect(svg).toContain('<clipPath id="figur-2-clip1">');
    expect(svg).toContain('clip-path="url(#figur-2-clip1)"');
    expect(svg).not.toContain('"clip1"');
  });

  it("leaves the marks inside without roles or labels of their own", () => {
    expect(svg.match(/role=/g)).toHaveLength(1);
    expect(svg).not.toContain("aria-label=");
    expect(svg).not.toContain("aria-roledescription");
  });
});
