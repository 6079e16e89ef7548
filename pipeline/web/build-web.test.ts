import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toString } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { reportText } from "../report/messages.js";
import { testReportInput } from "../testdata/report/test-input.js";
import { buildWebEdition } from "./build-web.js";
import type { WebInput } from "./types.js";

const files = { pdf: { file: "it-i-praksis-2020.pdf", bytes: 250_000 }, dataFiles: [] };

function page(input: Partial<WebInput> = {}): Root {
  const edition = buildWebEdition({ ...testReportInput(), ...files, ...input });
  return fromHtml(String(edition.get("index.html")));
}

describe("buildWebEdition", () => {
  it("writes the page, its stylesheet, and the fonts with their licence", () => {
    const edition = buildWebEdition({ ...testReportInput(), ...files });
    expect([...edition.keys()].sort()).toEqual([
      "fonts/LICENSE.md",
      "fonts/SourceSans3-Bold.ttf.woff2",
      "fonts/SourceSans3-It.ttf.woff2",
      "fonts/SourceSans3-Regular.ttf.woff2",
      "fonts/SourceSans3-Semibold.ttf.woff2",
      "index.html",
      "style.css",
    ]);
    expect(String(edition.get("fonts/LICENSE.md"))).toContain("SIL Open Font License");
    for (const font of ["Regular", "It", "Semibold", "Bold"])
      expect(String(edition.get("style.css"))).toContain(
        `url("fonts/SourceSans3-${font}.ttf.woff2")`,
      );
  });

  it("escapes the template's text: markup in it is shown, not obeyed", () => {
    const html = page();
    expect(toString(select(".theme", html)!)).toBe(
      "Testutgave med <syntetiske> data & spesialtegn",
    );
    expect(select("syntetiske", html)).toBeUndefined();
  });

  it("keeps the template's emphasis and bold", () => {
    const html = page();
    expect(selectAll("main em", html).map((e) => toString(e))).toContain("Statlige virksomheter");
    expect(selectAll("main strong", html).map((e) => toString(e))).toContain("kommunene");
  });

  it("marks the page as sample data only when the data are synthetic", () => {
    expect(toString(select(".sample-banner", page())!)).toBe(reportText.sampleNotice);
    expect(toString(select("title", page())!)).toBe(
      `IT i praksis 2020 – Norges digitale status · ${reportText.sampleNotice}`,
    );
    const real = page({ isSample: false });
    expect(toString(select("title", real)!)).toBe("IT i praksis 2020 – Norges digitale status");
    expect(select(".sample-banner, .sample-box", real)).toBeUndefined();
    expect(toString(real)).not.toContain(reportText.sampleNotice);
  });

  it("puts each chart's numbers in a table under it", () => {
    const figure = select('figure[data-chart="trend"]', page())!;
    expect(selectAll("details thead th", figure).map((th) => toString(th))).toEqual(["År", "Alle"]);
    expect(
      selectAll("details tbody tr", figure).map((tr) =>
        selectAll("th, td", tr).map((c) => toString(c)),
      ),
    ).toEqual([
      ["2019", "27 %"],
      ["2020", "33 %"],
    ]);
  });

  it("gives a table's row names as row headers and its total row apart", () => {
    const html = page();
    const tables = selectAll(".table table", html);
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(selectAll("thead th", table).every((th) => th.properties.scope === "col")).toBe(true);
      expect(toString(select("caption", table)!)).toMatch(/^Tabell \d+: /);
    }
    expect(selectAll("tbody th[scope=row]", html).length).toBeGreaterThan(0);
  });
});
