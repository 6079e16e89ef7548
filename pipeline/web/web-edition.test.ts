// End to end: the sample's web edition, parsed back as HTML. Its structure (lang, headings,
// TOC anchors, figures and tables numbered as in the PDF, named charts, sample notice, links),
// its numbers held against indicators.csv, and the same numbers in the same order as the PDF.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toString } from "hast-util-to-string";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildResult } from "../build.js";
import { buildSample } from "../testdata/sample-build.js";
import { formatPercent } from "../locale/nb.js";
import { reportText } from "../report/messages.js";
import { readPdf, type PdfContents } from "../testdata/read-pdf.js";

let outDir: string;
let result: BuildResult;
let html: Root;
let pdf: PdfContents;
let indicatorRows: Array<Record<string, string>>;

beforeAll(async () => {
  ({ outDir, result } = await buildSample("itip-web-"));
  const folder = result.published.directory;
  html = fromHtml(await readFile(path.join(folder, "web", "index.html"), "utf8"));
  pdf = await readPdf(await readFile(result.published.pdf));
  indicatorRows = parse(await readFile(path.join(folder, "indicators.csv")), {
    columns: true,
  }) as Array<Record<string, string>>;
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

const all = (selector: string, node: Root | Element = html) => selectAll(selector, node);
const one = (selector: string, node: Root | Element = html) => select(selector, node);
/** An element's text with every kind of space (NBSP too) made one ordinary space. */
const text = (node: Root | Element | undefined) =>
  node ? toString(node).replace(/\s+/g, " ").trim() : "";
const spaced = (s: string) => s.replace(/\s+/g, " ");
/** Every piece of text under a node, in order: table cells stay apart. */
const textNodes = (node: Root | Element): string[] =>
  node.children.flatMap((child) =>
    child.type === "text" ? [child.value] : child.type === "element" ? textNodes(child) : [],
  );
const GROUPS: Record<string, string> = {
  Stat: "stat",
  Kommuner: "kommune",
  Fylkeskommuner: "fylkeskommune",
  Alle: "alle",
};
function csvValue(indicator: string, group: string, year: number, column: string): number {
  const row = indicatorRows.find(
    (r) => r.indicator === indicator && r.group === group && r.year === String(year),
  );
  if (!row?.[column])
    throw new Error(`indicators.csv has no ${column} for ${indicator} ${group} ${year}`);
  return Number(row[column]);
}

describe("the web edition of the 2020 sample", () => {
  it("is published under web/ and listed in the manifest with the other files", async () => {
    const files = result.published.files.filter((f) => f.startsWith("web/"));
    expect(files).toEqual(
      expect.arrayContaining([
        "web/index.html",
        "web/style.css",
        "web/fonts/SourceSans3-Regular.ttf.woff2",
        "web/fonts/LICENSE.md",
      ]),
    );
    const manifest = JSON.parse(
      await readFile(path.join(result.published.directory, "manifest.json"), "utf8"),
    ) as { outputs: Array<{ file: string }> };
    expect(manifest.outputs.map((o) => o.file)).toEqual(expect.arrayContaining(files));
  });

  it("is a Norwegian page with one h1, the report's title, readable on a phone", () => {
    expect(one("html")?.properties.lang).toBe("nb");
    expect(all("h1").map(text)).toEqual(["IT i praksis 2020"]);
    expect(one('meta[name="viewport"]')?.properties.content).toContain("width=device-width");
    expect(one('link[rel="stylesheet"]')?.properties.href).toBe("style.css");
  });

  it("says at the top and at the foot that the answers are synthetic", () => {
    expect(text(one("header .sample-banner"))).toBe(reportText.sampleNotice);
    expect(text(one("header .sample-box"))).toContain(reportText.sampleExplanation);
    expect(text(one("footer"))).toContain(reportText.sampleNotice);
  });

  it("has a table of contents whose every entry links to a heading, chapters in the PDF's order", () => {
    const links = all("nav.toc a");
    expect(links.length).toBeGreaterThanOrEqual(9);
    for (const link of links) {
      const target = String(link.properties.href).slice(1);
      const heading = one(`[id="${target}"]`);
      expect(heading?.tagName, target).toMatch(/^h[23]$/);
      expect(text(heading)).toBe(text(link));
    }
    const chapters = all("main > h2").map(text);
    expect(chapters).toEqual(all("nav.toc > ol > li > a").map(text));
    expect(chapters).toEqual(pdf.outline);
  });

  it("numbers figures and tables in order, as the PDF does", () => {
    const figures = all("figure > figcaption").map(text);
    expect(figures.length).toBeGreaterThanOrEqual(10);
    expect(figures.map((f) => /^Figur (\d+):/.exec(f)?.[1])).toEqual(
      figures.map((_, i) => String(i + 1)),
    );
    const pdfText = pdf.pages.flat().join(" ").replace(/\s+/g, " ");
    for (const label of [...figures, ...all(".table caption").map(text)])
      expect(pdfText, label).toContain(label);
  });

  it("draws every chart as an inline SVG image named by its label and described by its alt text", async () => {
    for (const figure of all("figure")) {
      const svg = one("svg", figure);
      expect(svg?.properties.role).toBe("img");
      const [titleId] = svg?.properties.ariaLabelledBy as string[];
      const [descriptionId] = svg?.properties.ariaDescribedBy as string[];
      expect(text(one(`[id="${titleId}"]`, figure))).toBe(text(one("figcaption", figure)));
      const spec = JSON.parse(
        await readFile(
          path.join(
            result.published.directory,
            "charts",
            `${String(figure.properties.dataChart)}.vl.json`,
          ),
          "utf8",
        ),
      ) as { description: string };
      expect(text(one(`[id="${descriptionId}"]`, figure))).toBe(spaced(spec.description));
      const number = /^Figur (\d+):/.exec(text(one("figcaption", figure)))?.[1];
      expect(text(one("details > summary", figure))).toBe(`Vis tallene i figur ${number}`);
      expect(text(one("details > summary .visually-hidden", figure))).toBe(`i figur ${number}`);
      expect(all("details tbody tr", figure).length).toBeGreaterThan(0);
    }
  });

  it("shows the numbers behind the trend of advanced services as indicators.csv has them", () => {
    const figure = one('figure[data-chart="trend-avanserte-tjenester"]');
    expect(figure).toBeDefined();
    const columns = all("details thead th", figure!).map(text);
    expect(columns).toEqual(["År", "Stat", "Kommuner", "Fylkeskommuner", "Alle"]);
    const rows = all("details tbody tr", figure!);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      const [year, ...cells] = selectAll("th, td", row).map(text);
      cells.forEach((cell, i) => {
        const group = GROUPS[columns[i + 1]!]!;
        const value = csvValue("avanserte-tjenester", group, Number(year), "estimate");
        expect(cell, `${year} ${group}`).toBe(spaced(formatPercent(value)));
      });
    }
  });

  it("gives the main table's estimates and intervals as indicators.csv has them", () => {
    const table = one("#tabell-1");
    const columns = all("thead th", table!).map(text);
    const row = all("tbody tr", table!).find((r) =>
      text(r).startsWith("Avanserte innbyggertjenester"),
    );
    const cells = selectAll("th, td", row!).map(text);
    for (const name of ["Stat", "Kommuner", "Fylkeskommuner", "Alle"]) {
      const group = GROUPS[name]!;
      const value = (column: string) =>
        spaced(formatPercent(csvValue("avanserte-tjenester", group, 2020, column)));
      const [low, high] = [value("ci_low"), value("ci_high")].map((v) => v.replace(" %", ""));
      expect(cells[columns.indexOf(name)]).toBe(`${value("estimate")} (${low}–${high})`);
    }
  });

  it("states the same numbers as the PDF, in the same order", () => {
    // The page's prose, figure labels and captions in reading order; the PDF adds its cover,
    // table of contents, page furniture and the charts' own labels, so the page's numbers must
    // be found, in order, among the PDF's. (Tables are checked below: the PDF's text is read
    // line by line, which interleaves the lines of a table's wrapped cells.)
    const main = structuredClone(one("main")!);
    for (const hidden of selectAll("nav.toc, svg, details, table", main)) hidden.children = [];
    const webNumbers: string[] = textNodes(main).join(" ").match(/\d+/g) ?? [];
    const pdfNumbers: string[] = pdf.pages.flat().join(" ").match(/\d+/g) ?? [];
    expect(webNumbers.length).toBeGreaterThan(300);
    let at = 0;
    webNumbers.forEach((n, i) => {
      const found = pdfNumbers.indexOf(n, at);
      expect(
        found,
        `number ${i} ("${n}", after "${webNumbers.slice(Math.max(0, i - 8), i).join(" ")}") is not in the PDF in order`,
      ).toBeGreaterThanOrEqual(0);
      at = found + 1;
    });
  });

  it("states every number of every table in the PDF too", () => {
    const count = (numbers: readonly string[]) => {
      const counts = new Map<string, number>();
      for (const n of numbers) counts.set(n, (counts.get(n) ?? 0) + 1);
      return counts;
    };
    const inPdf = count(pdf.pages.flat().join(" ").match(/\d+/g) ?? []);
    // The "Vis tallene" tables hold the numbers the PDF draws as chart labels.
    const shown = selectAll("details table", html);
    const tables = selectAll("main table", html).filter((t) => !shown.includes(t));
    expect(tables.length).toBeGreaterThan(3);
    const inTables = count(tables.flatMap((t) => textNodes(t).join(" ").match(/\d+/g) ?? []));
    for (const [n, times] of inTables)
      expect(inPdf.get(n) ?? 0, `"${n}" in the tables`).toBeGreaterThanOrEqual(times);
  });

  it("links to the PDF and the CSV files published beside it", () => {
    const links = all(".downloads a").map((a) => String(a.properties.href));
    expect(links).toEqual([
      "../it-i-praksis-2020.pdf",
      "../indicators.csv",
      "../microdata.csv",
      "../rejects.csv",
    ]);
    for (const link of links) expect(result.published.files).toContain(link.slice(3));
  });
});
