// End to end: the sample input of 13 years through every stage to the PDF, read back with
// pdfjs. The report's numbers are held against indicators.csv, not against the code that
// wrote them.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "./build.js";
import { formatNumber, formatPercent } from "./locale/nb.js";
import { projectRoot } from "./package-info.js";
import { readPdf, type PdfContents } from "./testdata/read-pdf.js";

const root = projectRoot();
let outDir: string;
let result: BuildResult;
let pdf: PdfContents;
let text: string;
let column: (indicator: string, group: string, year: number, name: string) => number;
let indicatorRows: Array<Record<string, string>>;
const estimate = (indicator: string, group: string, year: number) =>
  column(indicator, group, year, "estimate");

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), "itip-e2e-"));
  result = await build({
    inputDir: path.join(root, "input"),
    templatesDir: path.join(root, "templates"),
    outDir,
    strict: false,
  });
  pdf = await readPdf(await readFile(result.published.pdf));
  text = normalise(pdf.pages.flat().join(" "));
  const rows = parse(await readFile(path.join(result.published.directory, "indicators.csv")), {
    columns: true,
  }) as Array<Record<string, string>>;
  indicatorRows = rows;
  column = (indicator, group, year, name) => {
    const row = rows.find(
      (r) => r.indicator === indicator && r.group === group && r.year === String(year),
    );
    if (!row?.[name]) throw new Error(`no ${name} for ${indicator} ${group} ${year}`);
    return Number(row[name]);
  };
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

/** The PDF's text with every kind of space made one ordinary space. */
function normalise(s: string): string {
  return s.replace(/[\u00a0\u202f\s]+/g, " ");
}
const pct = (x: number) => normalise(formatPercent(x));
const whole = (x: number) => formatNumber(x, 0);

describe("the sample report for 2020", () => {
  it("is written with its data files", () => {
    expect(result.year).toBe(2020);
    expect(result.published.files).toEqual(
      expect.arrayContaining([
        "it-i-praksis-2020.pdf",
        "indicators.csv",
        "microdata.csv",
        "rejects.csv",
        "manifest.json",
      ]),
    );
  });

  it("says on the cover and in the footer that the answers are synthetic", () => {
    expect(pdf.pages[0]?.join(" ")).toContain("Eksempeldata – syntetiske svar");
    expect(pdf.pages.at(-1)?.join(" ")).toContain("Eksempeldata – syntetiske svar");
  });

  it("has a table of contents whose page numbers are the pages the headings are on", () => {
    const tocPage = pdf.pages.findIndex((lines) => lines.includes("Innhold"));
    expect(tocPage).toBeGreaterThan(0);
    const entries = pdf.pages[tocPage]!.flatMap((line) => {
      const match = /^(.*\S)\s+(\d+)$/.exec(line);
      return match && match[1] !== "Innhold" && !line.includes("Eksempeldata")
        ? [{ heading: match[1]!, page: Number(match[2]) }]
        : [];
    });
    expect(entries.length).toBeGreaterThanOrEqual(9);
    // A long heading may wrap, so look for it in the page's text rather than in one line.
    for (const { heading, page } of entries)
      expect(normalise(pdf.pages[page - 1]!.join(" ")), `"${heading}" on page ${page}`).toContain(
        heading,
      );
  });

  it("has an outline (bookmarks) equal to the chapters of the table of contents", () => {
    const tocPage = pdf.pages.findIndex((lines) => lines.includes("Innhold"));
    const chapters = pdf.pages[tocPage]!.flatMap(
      (line) => /^((?:\d+ |Vedlegg: ).*\S)\s+\d+$/.exec(line)?.[1] ?? [],
    );
    expect(chapters.length).toBeGreaterThanOrEqual(9);
    expect(pdf.outline).toEqual(chapters);
  });

  it("has at least 10 numbered figures, numbered in order", () => {
    const numbers = pdf.pages
      .flat()
      .flatMap((line) => /^Figur (\d+):/.exec(line)?.[1] ?? [])
      .map(Number);
    expect(numbers.length).toBeGreaterThanOrEqual(10);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it("states the 2019→2020 change in advanced services in points and in percent, as in indicators.csv", () => {
    const from = estimate("avanserte-tjenester", "alle", 2019);
    const to = estimate("avanserte-tjenester", "alle", 2020);
    const changePp = whole(Math.abs(to - from) * 100);
    const changeRel = whole(Math.abs(to / from - 1) * 100);
    if (column("avanserte-tjenester", "alle", 2020, "p_adjusted") < 0.05)
      expect(text).toContain(
        `med ${changePp} prosentpoeng (fra ${whole(from * 100)} til ${whole(to * 100)} prosent, en ${to > from ? "økning" : "nedgang"} på ${changeRel} prosent)`,
      );
    else
      expect(text).toContain(
        `var ${whole(to * 100)} prosent i 2020 mot ${whole(from * 100)} prosent i 2019, men endringen er innenfor den statistiske usikkerheten`,
      );
  });

  it("states the share of municipalities relying on manual operations", () => {
    const kommune = estimate("manuelle-operasjoner", "kommune", 2020);
    const stat = estimate("manuelle-operasjoner", "stat", 2020);
    expect(text).toMatch(
      new RegExp(
        `${pct(kommune)}\\)? av kommunene baserer seg i stor eller svært stor grad på manuelle operasjoner, mot ${pct(stat)}`,
      ),
    );
  });

  it("states the state–municipality gap in digitalised internal processes", () => {
    const stat = estimate("interne-prosesser-digitalisert", "stat", 2020);
    const kommune = estimate("interne-prosesser-digitalisert", "kommune", 2020);
    expect(text).toContain(
      `${pct(stat)} av de statlige virksomhetene har digitalisert hele eller deler av sine interne prosesser, mot ${pct(kommune)} av kommunene – en forskjell på ${whole((stat - kommune) * 100)} pp`,
    );
  });

  it("states the competence finding", () => {
    const [alle, stat, kommune] = ["alle", "stat", "kommune"].map((g) =>
      estimate("kompetanse-tilstrekkelig", g, 2020),
    ) as [number, number, number];
    expect(text).toContain(
      `${pct(alle)} av lederne mener virksomheten har tilstrekkelig digital kompetanse (${pct(stat)} i staten og ${pct(kommune)} i kommunene)`,
    );
  });

  it("states the level of market collaboration by sector", () => {
    const [stat, kommune, fylke] = ["stat", "kommune", "fylkeskommune"].map((g) =>
      formatNumber(estimate("markedssamarbeid", g, 2020), 1),
    );
    expect(text).toContain(
      `gjennomsnittet ${stat} i staten, ${kommune} i kommunene og ${fylke} i fylkeskommunene`,
    );
  });

  it("states in the appendix what following organisations across years does to a change's SE", () => {
    const panelSe = column("avanserte-tjenester", "alle", 2020, "change_se");
    const independentSe =
      100 *
      Math.hypot(
        column("avanserte-tjenester", "alle", 2020, "se"),
        column("avanserte-tjenester", "alle", 2019, "se"),
      );
    expect(text).toContain(
      `For «avanserte innbyggertjenester» er standardfeilen ${formatNumber(panelSe, 1)} mot ${formatNumber(independentSe, 1)} prosentpoeng.`,
    );
  });

  it("weights with calibrated weights, and says how far calibration moved a headline number", async () => {
    const manifest = JSON.parse(
      await readFile(path.join(result.published.directory, "manifest.json"), "utf8"),
    ) as { weights: string };
    expect(manifest.weights).toBe("calibrated");
    expect(text).toContain("Kalibreringsmarginer: sum av vektene før og etter kalibrering, 2020");
    const advanced = estimate("avanserte-tjenester", "alle", 2020);
    expect(text).toContain(
      `Andelen «avanserte innbyggertjenester» blant virksomhetene: ${normalise(formatPercent(advanced, 1))} med kalibrerte vekter mot`,
    );
  });

  it("states in the appendix how many changes were tested and how many are significant, as in indicators.csv", () => {
    // The composite index and its dimensions are a family of their own (report.md says so).
    const changes = indicatorRows.filter(
      (r) => r.year === "2020" && r.p_value !== "" && !r.indicator?.startsWith("digital-modenhet"),
    );
    const below = (name: string) => changes.filter((r) => Number(r[name]) < 0.05).length;
    expect(changes.every((r) => r.p_adjusted !== "")).toBe(true);
    expect(text).toContain(`Rapporten tester ${whole(changes.length)} endringer fra 2019 til 2020`);
    expect(text).toContain(
      `Av endringene har ${whole(below("p_value"))} en p-verdi under 0,05, og ${whole(below("p_adjusted"))} er signifikante etter justeringen`,
    );
  });

  it("accounts for every row of every input file in the manifest", async () => {
    const manifest = JSON.parse(
      await readFile(path.join(result.published.directory, "manifest.json"), "utf8"),
    ) as {
      inputs: Array<{ file: string; rows: { read: number; accepted: number; rejected: number } }>;
    };
    expect(manifest.inputs.length).toBe(13 * 4);
    for (const input of manifest.inputs)
      expect(input.rows.read, input.file).toBe(input.rows.accepted + input.rows.rejected);
    expect(result.rowsRejected).toBeGreaterThan(0);
  });
});
