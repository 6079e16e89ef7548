// The charts of a page, put into its HTML after the rest is written. hast-util-to-html writes an
// element by joining its children's markup into a new string, so a chart's SVG inside the tree is
// copied once for every element around it (seven deep, some 330 kB for the sample's charts), which
// was most of the time spent writing the page. The tree holds a short placeholder instead, and
// the finished markup gets each chart once.
//
// A placeholder is `&itip-chart-N;`: markup the serialiser never writes itself, since it writes
// every `&` of text and attribute values as a character reference (`&#x26;`).
import type { Element } from "hast";
import { inlineChartHtml, type ChartImage } from "./chart-svg.js";

const PLACEHOLDER = /&itip-chart-(\d+);/;

export class PageCharts {
  private readonly charts: string[] = [];

  /** A node for the page's tree that stands for the chart. */
  placeholder(svg: string, image: ChartImage): Element {
    const value = `&itip-chart-${this.charts.length};`;
    this.charts.push(inlineChartHtml(svg, image));
    // Typed boundary: hast-util-to-html writes a `raw` node as it is (allowDangerousHtml); hast's
    // own types know raw nodes only through mdast-util-to-hast, which we do not depend on.
    return { type: "raw", value } as unknown as Element;
  }

  /** The page's markup with every placeholder replaced by its chart. */
  fill(html: string): string {
    // split() with a capturing group: the markup between placeholders, each chart's number.
    const parts = html.split(PLACEHOLDER);
    for (let i = 1; i < parts.length; i += 2) parts[i] = this.charts[Number(parts[i])]!;
    return parts.join("");
  }
}
