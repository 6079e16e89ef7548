import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { describe, expect, it } from "vitest";
import { inlineChartSvg } from "./chart-svg.js";
import { PageCharts } from "./page-charts.js";

const chart = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="1">${label}</text></svg>`;
const image = (n: number) => ({ idPrefix: `figur-${n}`, name: `Figur ${n}`, description: "Alt" });
const write = (tree: ReturnType<typeof h>) => toHtml(tree, { allowDangerousHtml: true });

describe("the charts of a page", () => {
  it("stand in the written page where their placeholders stood, each inlined", () => {
    const charts = new PageCharts();
    const page = h("main", [
      h("figure", [charts.placeholder(chart("A"), image(1))]),
      h("p", "mellom"),
      h("figure", [charts.placeholder(chart("B"), image(2))]),
    ]);
    expect(charts.fill(write(page))).toBe(
      `<main><figure>${inlineChartSvg(chart("A"), image(1))}</figure><p>mellom</p>` +
        `<figure>${inlineChartSvg(chart("B"), image(2))}</figure></main>`,
    );
  });

  it("leave text and attributes that look like a placeholder as they are", () => {
    const charts = new PageCharts();
    const page = h("p", { title: "&itip-chart-0;" }, [
      "&itip-chart-0;",
      charts.placeholder(chart("A"), image(1)),
    ]);
    const html = charts.fill(write(page));
    expect(html).toBe(
      `<p title="&#x26;itip-chart-0;">&#x26;itip-chart-0;${inlineChartSvg(chart("A"), image(1))}</p>`,
    );
  });
});
