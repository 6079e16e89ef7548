// The report's blocks as HTML, one element per block: the same headings, numbering, figures
// (inline SVG with the PDF's alt text, and the numbers behind them) and tables as the PDF.
// Chapters are h2 and sections h3 under the page's one h1, the report's title.
import type { Element, ElementContent } from "hast";
import { h } from "hastscript";
import type { ChartNumbers } from "../charts/types.js";
import {
  headingLabel,
  tocHeadings,
  type Block,
  type HeadingBlock,
  type Run,
} from "../report/blocks.js";
import { reportText } from "../report/messages.js";
import { figureId, tableId } from "./anchors.js";
import { webText } from "./messages.js";
import type { PageCharts } from "./page-charts.js";

type FigureBlock = Extract<Block, { kind: "figure" }>;
type TableBlock = Extract<Block, { kind: "table" }>;

export interface BlockContext {
  blocks: readonly Block[];
  headingId: (heading: HeadingBlock) => string;
  /** Where the page's charts go (written into the page after the rest). */
  charts: PageCharts;
}

export function blockHtml(block: Block, context: BlockContext): Element {
  switch (block.kind) {
    case "heading":
      return headingHtml(block, context.headingId(block));
    case "paragraph":
      return h("p", runsHtml(block.runs));
    case "list":
      return h(
        "ul",
        block.items.map((item) => h("li", runsHtml(item))),
      );
    case "figure":
      return figureHtml(block, context.charts);
    case "table":
      return tableHtml(block);
    case "toc":
      return tocHtml(context);
  }
}

function headingHtml(heading: HeadingBlock, id: string): Element {
  const tag = `h${heading.level + 1}`;
  return heading.number
    ? h(tag, { id }, [h("span.number", heading.number), ` ${heading.text}`])
    : h(tag, { id }, heading.text);
}

function runsHtml(runs: readonly Run[]): ElementContent[] {
  return runs.map((run): ElementContent => {
    if (run.style === "bold") return h("strong", run.text);
    if (run.style === "italic") return h("em", run.text);
    return { type: "text", value: run.text };
  });
}

/** The table of contents where `{{ toc }}` stands: chapters, their sections nested. */
function tocHtml({ blocks, headingId }: BlockContext): Element {
  const entry = (heading: HeadingBlock) =>
    h("a", { href: `#${headingId(heading)}` }, headingLabel(heading));
  const chapters: Element[] = [];
  let sections: Element[] = [];
  let chapter: Element | undefined;
  const close = () => {
    if (chapter && sections.length) chapter.children.push(h("ol", sections));
    sections = [];
  };
  for (const heading of tocHeadings(blocks)) {
    if (heading.level === 1) {
      close();
      chapter = h("li", [entry(heading)]);
      chapters.push(chapter);
    } else sections.push(h("li", [entry(heading)]));
  }
  close();
  return h("nav.toc", { ariaLabelledBy: "innhold" }, [
    h("h2", { id: "innhold" }, reportText.tocTitle),
    h("ol", chapters),
  ]);
}

function figureHtml(figure: FigureBlock, charts: PageCharts): Element {
  const { chart } = figure;
  const id = figureId(figure.number);
  const label = reportText.figureLabel(figure.number, chart.title);
  return h("figure.figure", { id, dataChart: chart.id }, [
    h("figcaption", label),
    h("div.chart", [
      charts.placeholder(chart.svg, { idPrefix: id, name: label, description: chart.altText }),
    ]),
    h("p.caption", chart.caption),
    h("details.numbers", [
      // Every summary says which figure it opens, to a screen reader that lists them.
      h("summary", [
        webText.showNumbers,
        h("span.visually-hidden", ` ${webText.ofFigure(figure.number)}`),
      ]),
      numbersTable(chart.numbers, webText.numbersCaption(label), `${id}-tall`),
    ]),
  ]);
}

function numbersTable(numbers: ChartNumbers, caption: string, id: string): Element {
  const [first = "", ...rest] = numbers.columns;
  return scrolling(
    id,
    h("table", [
      h("caption", { id: `${id}-tittel` }, caption),
      h("thead", [
        h("tr", [
          h("th", { scope: "col" }, first),
          ...rest.map((c) => h("th.num", { scope: "col" }, c)),
        ]),
      ]),
      h(
        "tbody",
        numbers.rows.map(([name = "", ...cells]) =>
          h("tr", [h("th", { scope: "row" }, name), ...cells.map((c) => h("td.num", c))]),
        ),
      ),
    ]),
  );
}

function tableHtml(table: TableBlock): Element {
  const id = tableId(table.number);
  const align = (i: number) => (table.columns[i]?.align === "right" ? ".num" : "");
  const cell = (text: string, i: number) =>
    i === 0 && table.rowHeaders
      ? h(`th${align(i)}`, { scope: "row" }, text)
      : h(`td${align(i)}`, text);
  const last = table.rows.length - 1;
  return h("div.table", { id }, [
    scrolling(
      id,
      h("table", [
        h("caption", { id: `${id}-tittel` }, reportText.tableLabel(table.number, table.title)),
        h("thead", [
          h(
            "tr",
            table.columns.map((c, i) => h(`th${align(i)}`, { scope: "col" }, c.header)),
          ),
        ]),
        h(
          "tbody",
          table.rows.map((row, r) =>
            h(table.hasTotalRow && r === last ? "tr.total" : "tr", row.map(cell)),
          ),
        ),
      ]),
    ),
    h("p.caption", table.note),
  ]);
}

/**
 * A table wider than a phone scrolls sideways inside its own box; the box can take focus so
 * that a keyboard can scroll it too (WCAG 2.1.1), and is named by the table's caption.
 */
function scrolling(id: string, table: Element): Element {
  return h("div.scroll", { role: "region", tabIndex: 0, ariaLabelledBy: `${id}-tittel` }, [table]);
}
