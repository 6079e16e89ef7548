// The report as a screen reader and a PDF checker see it (PDF/UA, SPEC §7): the structure tree
// read back with pdfjs, page furniture as artifacts, figures with alt text, tables with header
// cells, links in the table of contents — and the same bytes whatever the time zone.
import { openPdf as open, type PdfDocument } from "../testdata/read-pdf.js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { testReportInput } from "../testdata/report/test-input.js";
import { buildReportPdf } from "./build-report.js";

interface StructNode {
  role?: string;
  alt?: string;
  lang?: string;
  children?: Array<StructNode | { type: string; id: string }>;
}

/** Every structure element of every page, depth first, with its ancestors' roles. */
async function structElements(
  doc: PdfDocument,
): Promise<Array<{ page: number; node: StructNode; path: string[] }>> {
  const found: Array<{ page: number; node: StructNode; path: string[] }> = [];
  const walk = (node: StructNode, page: number, path: string[]) => {
    if (node.role) found.push({ page, node, path });
    const inner = node.role ? [...path, node.role] : path;
    for (const child of node.children ?? []) if ("role" in child) walk(child, page, inner);
  };
  for (let n = 1; n <= doc.numPages; n++) {
    const tree = (await (await doc.getPage(n)).getStructTree()) as StructNode | null;
    if (tree) walk(tree, n, []);
  }
  return found;
}

/** A page's text as [text, the innermost marked-content tag it is drawn in]. */
async function taggedText(doc: PdfDocument, page: number): Promise<Array<[string, string]>> {
  const content = await (await doc.getPage(page)).getTextContent({ includeMarkedContent: true });
  const stack: string[] = [];
  const out: Array<[string, string]> = [];
  for (const item of content.items) {
    if ("type" in item) {
      // Typed boundary: pdfjs's TextMarkedContent type lacks the `tag` it carries.
      const tag = (item as { tag?: string }).tag;
      if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps")
        stack.push(tag ?? "");
      else if (item.type === "endMarkedContent") stack.pop();
    } else if (item.str.trim() !== "") out.push([item.str, stack[stack.length - 1] ?? "(none)"]);
  }
  return out;
}

const FOOTER = "IT i praksis 2020 · Eksempeldata – syntetiske svar";

describe("the tagged PDF", () => {
  let pdf: Buffer;
  let doc: PdfDocument;
  let elements: Awaited<ReturnType<typeof structElements>>;

  beforeAll(async () => {
    pdf = await buildReportPdf(testReportInput());
    doc = await open(pdf);
    elements = await structElements(doc);
  });

  const roles = () => new Set(elements.map((e) => e.node.role));

  it("has one Document element holding everything", () => {
    for (const { node, path } of elements)
      if (node.role !== "Root" && node.role !== "Document")
        expect(path.slice(0, 2)).toEqual(["Root", "Document"]);
  });

  it("tags headings, paragraphs, lists, tables, figures and the table of contents", () => {
    for (const role of [
      "H1",
      "H2",
      "P",
      "L",
      "LI",
      "Lbl",
      "LBody",
      "Table",
      "THead",
      "TBody",
      "TR",
      "TH",
      "TD",
      "Caption",
      "Figure",
      "TOC",
      "TOCI",
      "Link",
    ])
      expect(roles(), role).toContain(role);
  });

  it("gives every Figure structure element alt text from its chart", () => {
    const figures = elements.filter((e) => e.node.role === "Figure");
    expect(figures.length).toBeGreaterThanOrEqual(3);
    const alts = testReportInput().charts.map((c) => c.altText);
    for (const { node, page } of figures) {
      expect(node.alt, `Figure on page ${page}`).toBeTruthy();
      expect(alts).toContain(node.alt);
    }
  });

  it("puts the figure's numbered title and its base-n line next to the Figure, in one Div", () => {
    const figure = elements.find((e) => e.node.role === "Figure");
    expect(figure?.path.slice(-1)).toEqual(["Div"]);
  });

  it("draws running footers and headers as artifacts, never as content", async () => {
    for (let page = 2; page <= doc.numPages; page++) {
      const texts = await taggedText(doc, page);
      const footer = texts.filter(([text]) => text === FOOTER);
      expect(footer).toEqual([[FOOTER, "Artifact"]]);
    }
    // Page 15 continues "Vedlegg: Tabeller": the running header names the chapter.
    expect(await taggedText(doc, 15)).toContainEqual(["Vedlegg: Tabeller", "Artifact"]);
    expect((await taggedText(doc, 14)).filter(([, tag]) => tag === "Artifact")).toEqual([
      [FOOTER, "Artifact"],
      ["14", "Artifact"],
    ]);
  });

  it("leaves no text outside a structure element or an artifact", async () => {
    for (let page = 1; page <= doc.numPages; page++)
      for (const [text, tag] of await taggedText(doc, page))
        expect({ page, text, tag }).not.toMatchObject({ tag: "(none)" });
  });

  it("breaks a long table between rows and repeats its header, as an artifact, on the next page", async () => {
    const first = await taggedText(doc, 14);
    const next = await taggedText(doc, 15);
    expect(first.map(([t]) => t)).toContain("Tabell 6: En lang tabell, 2020");
    expect(first).toContainEqual(["Indikator", "TH"]);
    expect(next.slice(0, 3)).toEqual([
      ["Tabell 6 (forts.)", "Artifact"],
      ["Indikator", "Artifact"],
      ["Alle", "Artifact"],
    ]);
    const rows = [...first, ...next].filter(([t]) => t.startsWith("Lang tabell, rad"));
    expect(rows.map(([t]) => t)).toEqual(
      Array.from({ length: 60 }, (_, i) => `Lang tabell, rad ${i + 1}`),
    );
    expect(new Set(rows.map(([, tag]) => tag))).toEqual(new Set(["TH"]));
  });

  it("marks a table's row names and column heads as TH", () => {
    const headers = elements.filter((e) => e.node.role === "TH");
    expect(headers.some((e) => e.path.includes("THead"))).toBe(true);
    expect(headers.some((e) => e.path.includes("TBody"))).toBe(true);
  });

  it("links every table-of-contents entry through a Link element inside its TOCI", () => {
    const entries = elements.filter((e) => e.node.role === "TOCI");
    expect(entries.length).toBe(15);
    for (const entry of entries)
      expect((entry.node.children ?? []).map((c) => ("role" in c ? c.role : ""))).toEqual(["Link"]);
  });

  it("declares nb-NO, displays the title and writes XMP that parses", async () => {
    const { info, metadata } = await doc.getMetadata();
    expect((info as Record<string, unknown>).Language).toBe("nb-NO");
    expect(await doc.getViewerPreferences()).toMatchObject({ DisplayDocTitle: true });
    expect(metadata?.get("dc:title")).toBe("IT i praksis 2020 – Norges digitale status");
    expect(await doc.getMarkInfo()).toMatchObject({ Marked: true });
  });
});

describe("reproducibility", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("gives the same bytes in any time zone", async () => {
    process.env.TZ = "UTC";
    const utc = await buildReportPdf(testReportInput());
    for (const tz of ["Pacific/Kiritimati", "America/St_Johns", "Europe/Oslo"]) {
      process.env.TZ = tz;
      const other = await buildReportPdf(testReportInput());
      expect({ tz, same: other.equals(utc) }).toEqual({ tz, same: true });
    }
  });
});
