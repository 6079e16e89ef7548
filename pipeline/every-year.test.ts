// Every year of the sample input builds from the same templates (SPEC §7): what a year lacks is
// left out by the rules report.md and findings.yaml state, listed by the build, and never
// mentioned in the report. Plus an input of one year only: no trends, no changes, and the
// methodology says so.
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "./build.js";
import { projectRoot } from "./package-info.js";
import type { Manifest } from "./publish/manifest.js";
import { readPdf } from "./testdata/read-pdf.js";

const root = projectRoot();
const YEARS = Array.from({ length: 13 }, (_, i) => 2008 + i);
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), "itip-years-"));
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

interface Built {
  result: BuildResult;
  text: string;
  manifest: Manifest;
  progress: string[];
}

async function buildYear(year: number | undefined, inputDir = path.join(root, "input")) {
  const progress: string[] = [];
  const result = await build({
    year,
    inputDir,
    templatesDir: path.join(root, "templates"),
    outDir: path.join(outDir, String(year ?? "one")),
    strict: false,
    progress: (line) => progress.push(line),
  });
  const pdf = await readPdf(await readFile(result.published.pdf));
  const manifest = JSON.parse(
    await readFile(path.join(result.published.directory, "manifest.json"), "utf8"),
  ) as Manifest;
  const text = pdf.pages
    .flat()
    .join(" ")
    .replace(/[\u00a0\u202f\s]+/g, " ");
  return { result, text, manifest, progress } satisfies Built;
}

describe.each(YEARS)("the %i report", (year) => {
  let built: Built;
  beforeAll(async () => {
    built = await buildYear(year);
  }, 60_000);

  it("builds, with every figure of that year and no placeholder left", () => {
    expect(built.result.year).toBe(year);
    expect(built.text).toContain(`IT i praksis ${year}`);
    expect(built.text).not.toMatch(/\{year\}|\{previous-year\}|\{\{/);
    for (const figure of built.text.matchAll(/Figur \d+: [^()]*\((\d{4})\)/g))
      expect(Number(figure[1])).toBe(year);
  });

  it("mentions the pandemic only when its question was asked", () => {
    if (year < 2020) expect(built.text).not.toMatch(/pandemi|korona/i);
    else expect(built.text).toMatch(/Koronapandemien/);
  });

  it("lists what it left out, the same in the progress and in manifest.json", () => {
    const listed = built.progress.filter((line) => line.startsWith("  left out "));
    expect(listed).toHaveLength(built.manifest.leftOut.length);
    expect(built.result.leftOut).toHaveLength(built.manifest.leftOut.length);
    for (const item of built.manifest.leftOut) {
      expect(item.file).toMatch(/templates\/(report\.md|findings\.yaml)$/);
      expect(item.reason).not.toBe("");
    }
    // 2020 asks every question of the templates: nothing is left out.
    if (year === 2020) expect(built.manifest.leftOut).toEqual([]);
    else expect(built.manifest.leftOut.length).toBeGreaterThan(0);
  });

  it("has a chapter only in years that asked its questions", () => {
    const chapter = (title: string) => new RegExp(`\\d+ ${title}`).test(built.text);
    expect(chapter("Innbyggertjenester")).toBe(year >= 2010);
    expect(chapter("Interne prosesser")).toBe(year >= 2012);
    expect(chapter("Samarbeid med markedet")).toBe(year >= 2011);
    expect(chapter("Datadeling og fellesløsninger")).toBe(year >= 2016);
    expect(chapter("Gevinster")).toBe(year >= 2013);
    expect(chapter("Kompetanse")).toBe(true);
  });

  it("shows the changes from the year before in every year but the first", () => {
    expect(built.text.includes(`Endring fra ${year - 1} til ${year}`)).toBe(year > 2008);
  });
});

describe("an input of one year", () => {
  let built: Built;
  let inputDir: string;
  beforeAll(async () => {
    inputDir = path.join(outDir, "input-one-year");
    await cp(path.join(root, "input", "2020"), path.join(inputDir, "2020"), { recursive: true });
    await cp(path.join(root, "input", "EKSEMPELDATA.md"), path.join(inputDir, "EKSEMPELDATA.md"));
    built = await buildYear(undefined, inputDir);
  }, 60_000);

  it("builds a report without trends or changes", () => {
    expect(built.result.year).toBe(2020);
    expect(built.text).not.toMatch(/Endring fra 2019 til 2020|2010–2020|fra 2019/);
    expect(built.text).not.toContain("økte med");
    expect(built.manifest.leftOut.map((l) => l.what)).toEqual(
      expect.arrayContaining([
        'section "Utviklingen over tid" (its {{ else }} part shown instead)',
        'finding "avanserte-tjenester-endring"',
        'section "Endringene samlet"',
      ]),
    );
  });

  it("says so in the methodology", () => {
    expect(built.text).toContain(
      "Datagrunnlaget for denne rapporten har bare ett år, 2020. Rapporten viser derfor ingen utvikling over tid og ingen endringer fra året før.",
    );
  });
});
