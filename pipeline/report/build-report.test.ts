import { openPdf as open, type PdfDocument } from "../testdata/read-pdf.js";
import { beforeAll, describe, expect, it } from "vitest";
import { ItipError } from "../errors.js";
import { testReportInput } from "../testdata/report/test-input.js";
import { buildReportPdf } from "./build-report.js";

/** The text items of every page, in drawing order, empty ones left out. */
async function pageTexts(doc: PdfDocument): Promise<string[][]> {
  const pages: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items.map((item) => ("str" in item ? item.str : "")).filter((s) => s.trim() !== ""),
    );
  }
  return pages;
}

const FOOTER = "IT i praksis 2020 · Eksempeldata – syntetiske svar";

describe("buildReportPdf", () => {
  let pdf: Buffer;
  let doc: PdfDocument;
  let pages: string[][];

  beforeAll(async () => {
    pdf = await buildReportPdf(testReportInput());
    doc = await open(pdf);
    pages = await pageTexts(doc);
  });

  /** [label, page] pairs read from the TOC page (page 2). */
  function tocEntries(): Array<[string, number]> {
    const items = pages[1] ?? [];
    expect(items[0]).toBe("Innhold");
    const entries: Array<[string, number]> = [];
    for (let i = 1; i + 1 < items.length; i += 2) {
      if (items[i] === FOOTER) break;
      entries.push([items[i] ?? "", Number(items[i + 1])]);
    }
    return entries;
  }

  it("has a cover, a table of contents and the chapters on the pages after it", () => {
    expect(doc.numPages).toBe(15);
    expect(pages[0]).toContain("IT i praksis 2020");
    expect(pages[1]?.[0]).toBe("Innhold");
  });

  it("says Eksempeldata – syntetiske svar on the cover", () => {
    expect(pages[0]).toContain("Eksempeldata – syntetiske svar");
  });

  it("lists chapters and sections in the TOC with the pages their headings land on", () => {
    const entries = tocEntries();
    expect(entries.map(([label]) => label)).toEqual([
      "1 Sammendrag",
      "2 Innbyggertjenester",
      "Etter sektor",
      "3 Et langt kapittel",
      "Mye tekst",
      "Etter den høye figuren",
      "Vedlegg: Metode",
      "Utvalg og svarprosent",
      "Vekting",
      "Usikkerhet og endringer",
      "Mange tester samtidig",
      "Prikking",
      "Datagrunnlag og avviste rader",
      "Vedlegg: Definisjoner",
      "Vedlegg: Tabeller",
    ]);
    for (const [label, page] of entries) {
      const landed = pages.findIndex((items, i) => i > 1 && items.includes(label)) + 1;
      expect({ label, page }).toEqual({ label, page: landed });
    }
  });

  it("starts every chapter on a new page, at the top", () => {
    for (const [label, page] of tocEntries().filter(([l]) => /^\d|^Vedlegg/.test(l)))
      expect({ label, first: pages[page - 1]?.[0] }).toEqual({ label, first: label });
  });

  it("never leaves a heading as the last text on its page", () => {
    for (const [label, page] of tocEntries()) {
      const items = (pages[page - 1] ?? []).filter((s) => s !== FOOTER && !/^\d+$/.test(s));
      expect({ label, last: items[items.length - 1] === label }).toEqual({ label, last: false });
    }
  });

  it("numbers the figures Figur 1, 2, 3 in order", () => {
    const figures = pages.flat().filter((s) => /^Figur \d+: /.test(s));
    expect(figures).toEqual([
      "Figur 1: Avanserte innbyggertjenester etter sektor, 2018–2020",
      "Figur 2: Avanserte tjenester etter sektor, 2020",
      "Figur 3: En høy figur som ikke får plass nederst på en side",
    ]);
  });

  it("draws the charts as vector text, not images", () => {
    expect(pages.flat()).toContain("Kommune");
    expect(pages.flat()).toContain("Høy figur");
    expect(pdf.includes("/Subtype /Image")).toBe(false);
  });

  it("puts the running footer and the page number on every page but the cover", () => {
    expect(pages[0]).not.toContain(FOOTER);
    pages.slice(1).forEach((items, i) => {
      expect(items).toContain(FOOTER);
      expect(items).toContain(String(i + 2));
    });
  });

  it("fills inline directives with Norwegian number formats", () => {
    // pdfjs reads the non-breaking space of "33 %" back as a space.
    const text = pages
      .flat()
      .join(" ")
      .replace(/\u00a0/g, " ");
    expect(text).toContain("Andelen virksomheter med avanserte tjenester er 33 % i 2020");
    expect(text).toContain("mot 27 % året før");
    expect(text).toContain("+6 pp");
    expect(text).toContain("+23 %");
    expect(text).toContain("(n = 160)");
    expect(text).toContain("gjennomsnitt på 2,9");
  });

  it("has one bookmark per chapter, pointing at the chapter's page", async () => {
    const outline = (await doc.getOutline()) ?? [];
    expect(outline.map((o) => o.title)).toEqual([
      "1 Sammendrag",
      "2 Innbyggertjenester",
      "3 Et langt kapittel",
      "Vedlegg: Metode",
      "Vedlegg: Definisjoner",
      "Vedlegg: Tabeller",
    ]);
    const toc = new Map(tocEntries());
    for (const item of outline) {
      const dest = Array.isArray(item.dest)
        ? item.dest
        : await doc.getDestination(String(item.dest));
      const pageIndex = await doc.getPageIndex(dest?.[0] as { num: number; gen: number });
      expect({ title: item.title, page: pageIndex + 1 }).toEqual({
        title: item.title,
        page: toc.get(item.title),
      });
    }
  });

  it("embeds Source Sans 3 and uses no standard font", async () => {
    const text = pdf.toString("latin1");
    expect(text).toContain("/FontFile2");
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+SourceSans3-Regular/);
    expect(text).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(text).not.toContain("/Subtype /Type1");
  });

  it("declares title, author, subject, language nb-NO and tagging", async () => {
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    expect(info.Title).toBe("IT i praksis 2020 – Norges digitale status");
    expect(info.Author).toBe("IT i praksis");
    expect(info.Subject).toBe(
      "Digitalisering i offentlig sektor 2020: status og utvikling etter sektor",
    );
    expect(info.Language).toBe("nb-NO");
    expect(await doc.getMarkInfo()).toMatchObject({ Marked: true });
  });

  it("builds byte-identical PDFs from identical input", async () => {
    const again = await buildReportPdf(testReportInput());
    expect(again.equals(pdf)).toBe(true);
  });

  it("dates the PDF 31 December of the data year, or SOURCE_DATE_EPOCH when given", async () => {
    expect(pdf.toString("latin1")).toContain("(D:20201231000000Z)");
    const dated = await buildReportPdf(testReportInput(), { sourceDateEpoch: 1_600_000_000 });
    expect(dated.toString("latin1")).toContain("(D:20200913122640Z)");
  });

  it("writes valid XMP metadata even when the title has & and <", async () => {
    const template = testReportInput().template;
    const text = template.text.replace(
      "subtitle: Norges digitale status",
      'title: "Data & <analyse> 2020"',
    );
    const titled = await open(
      await buildReportPdf(testReportInput({ template: { ...template, text } })),
    );
    const { metadata } = await titled.getMetadata();
    expect(metadata?.get("dc:title")).toBe("Data & <analyse> 2020 – Norges digitale status");
  });

  it("stops at a chart the template declares but the charts stage did not draw (a bug, exit 70)", async () => {
    const template = testReportInput().template;
    const text = template.text.replace(
      '{{ chart trend indicator="avanserte-tjenester" id="bars" }}',
      '{{ chart trend indicator="avanserte-tjenester" id="sektor-tjenester" }}',
    );
    const error = await buildReportPdf(testReportInput({ template: { ...template, text } })).catch(
      (e: unknown) => e,
    );
    expect(error).not.toBeInstanceOf(ItipError);
    expect((error as Error).message).toBe(
      'chart "sektor-tjenester" is in the template but was not rendered',
    );
  });
});
