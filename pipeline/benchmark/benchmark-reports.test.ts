// `itip build --per-org` end to end, in this process: the sample through every stage and the
// benchmark reports of three organisations — a state agency, Drammen (merged in 2020 from
// Drammen, Nedre Eiker and Svelvik, followed back through the crosswalk) and a county
// municipality — read back with pdfjs and held against indicators.csv.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../build.js";
import { formatNumber, formatPercent } from "../locale/nb.js";
import { projectRoot } from "../package-info.js";
import { openPdf, readPdf } from "../testdata/read-pdf.js";

const root = projectRoot();
const STATE_AGENCY = "S840747972"; // Finanstilsynet
const MERGED = "K3005"; // Drammen
const COUNTY = "F11"; // Rogaland fylkeskommune
const ORGS = [STATE_AGENCY, MERGED, COUNTY];

let outDir: string;
let result: BuildResult;
let indicators: Array<Record<string, string>>;
const texts = new Map<string, string>();
const pdfs = new Map<string, Buffer>();

/** Every kind of space made one ordinary space. */
const normalise = (s: string) => s.replace(/[\u00a0\u202f\s]+/g, " ");

const build3 = (out: string, only: string[]) =>
  build({
    inputDir: path.join(root, "input"),
    templatesDir: path.join(root, "templates"),
    outDir: out,
    strict: false,
    perOrg: { only, threads: 1 },
  });

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), "itip-per-org-"));
  result = await build3(outDir, ORGS);
  indicators = parse(await readFile(path.join(result.published.directory, "indicators.csv")), {
    columns: true,
  }) as Array<Record<string, string>>;
  for (const id of ORGS) {
    const pdf = await readFile(path.join(result.published.directory, "virksomheter", `${id}.pdf`));
    pdfs.set(id, pdf);
    texts.set(id, normalise((await readPdf(pdf)).pages.flat().join(" ")));
  }
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

/** "33 % (29–37)" or "2,9 (2,7–3,1)" as the tables write an estimate of indicators.csv. */
function cell(indicator: string, group: string): string {
  const row = indicators.find(
    (r) => r.indicator === indicator && r.group === group && r.year === "2020",
  );
  if (!row) throw new Error(`no ${indicator} ${group}`);
  const [e, lo, hi] = [row.estimate, row.ci_low, row.ci_high].map(Number) as [
    number,
    number,
    number,
  ];
  const text = indicator.startsWith("markedssamarbeid")
    ? indicator === "markedssamarbeid"
      ? `${formatNumber(e, 1)} (${formatNumber(lo, 1)}–${formatNumber(hi, 1)})`
      : `${formatPercent(e)} (${formatNumber(lo * 100)}–${formatNumber(hi * 100)})`
    : `${formatPercent(e)} (${formatNumber(lo * 100)}–${formatNumber(hi * 100)})`;
  return normalise(text);
}

describe("itip build --per-org for three organisations", () => {
  it("writes one PDF per organisation and index.csv with each file's checksum", async () => {
    const index = parse(
      await readFile(path.join(result.published.directory, "virksomheter", "index.csv")),
      { columns: true },
    ) as Array<Record<string, string>>;
    expect(index.map((r) => [r.id, r.sector, r.file, r.status])).toEqual([
      [COUNTY, "fylkeskommune", `${COUNTY}.pdf`, "ok"],
      [MERGED, "kommune", `${MERGED}.pdf`, "ok"],
      [STATE_AGENCY, "stat", `${STATE_AGENCY}.pdf`, "ok"],
    ]);
    for (const row of index)
      expect(row.sha256).toBe(createHash("sha256").update(pdfs.get(row.id!)!).digest("hex"));
    expect(result.published.files).toContain(`virksomheter/${MERGED}.pdf`);
    expect(result.benchmark?.exitCode).toBe(0);
  });

  it("names the organisation on the cover and marks the sample data", () => {
    expect(texts.get(STATE_AGENCY)).toMatch(/^Finanstilsynet IT i praksis/);
    expect(texts.get(MERGED)).toContain("Eksempeldata – syntetiske svar");
  });

  it("puts a state agency's answers next to the state agencies' estimates of indicators.csv", () => {
    const text = texts.get(STATE_AGENCY)!;
    expect(text).toContain(
      "Finanstilsynet sammenlignes med statlige virksomheter (62 andre svarte).",
    );
    expect(text).toContain(cell("avanserte-tjenester", "stat"));
    expect(text).toContain(cell("markedssamarbeid", "stat"));
    expect(text).not.toContain("innb.");
  });

  it("compares a municipality with its sector and its size class", () => {
    const text = texts.get(MERGED)!;
    expect(text).toContain(
      "Drammen sammenlignes med kommuner (194 andre svarte) og kommuner med over 50 000 innbyggere (12 andre svarte).",
    );
    expect(text).toContain(
      `${cell("kompetanse-tilstrekkelig", "kommune")} ${cell("kompetanse-tilstrekkelig", "kommune->50k")}`,
    );
  });

  it("follows a merged municipality back through the crosswalk, its predecessors' answers labelled as theirs", () => {
    const text = texts.get(MERGED)!;
    // The name cell wraps: "Nedre Eiker (før" / "sammenslåingen)".
    expect(text).toMatch(/2019 Nedre Eiker \(før .*sammenslåingen\)/);
    expect(text).toMatch(/2019 Svelvik \(før .*sammenslåingen\)/);
    expect(text).toMatch(/2010 Drammen \(før .*sammenslåingen\)/);
    expect(text).toMatch(/2020 Drammen (Ja|Nei)/);
    expect(text).toContain(
      "Sammenlignet med svarene fra kommunene dere ble slått sammen fra i 2019 har dette endret seg i 2020:",
    );
  });

  it("compares a county municipality with the county municipalities", () => {
    const text = texts.get(COUNTY)!;
    expect(text).toContain(
      "Rogaland fylkeskommune sammenlignes med fylkeskommuner (7 andre svarte).",
    );
    expect(text).toContain(cell("strategi", "fylkeskommune"));
  });

  it("tags the report: headings, tables, and figures with alt text that names the organisation's answer", async () => {
    const doc = await openPdf(pdfs.get(MERGED)!);
    const roles: string[] = [];
    const alts: string[] = [];
    interface Node {
      role?: string;
      alt?: string;
      children?: Array<Node | { type: string }>;
    }
    const walk = (node: Node) => {
      if (node.role) roles.push(node.role);
      if (node.role === "Figure") alts.push(node.alt ?? "");
      for (const child of node.children ?? []) if ("role" in child) walk(child);
    };
    for (let n = 1; n <= doc.numPages; n++) {
      const tree = (await (await doc.getPage(n)).getStructTree()) as Node | null;
      if (tree) walk(tree);
    }
    expect(new Set(roles)).toEqual(
      expect.objectContaining(new Set(["H1", "P", "Table", "Figure"])),
    );
    expect(roles).toEqual(expect.arrayContaining(["H1", "P", "Table", "TH", "Figure", "L"]));
    expect(alts).toHaveLength(2);
    expect(alts[0]).toMatch(/^Punktdiagram: .*Deres svar er markert med en rombe\. /);
    expect(alts[1]).toMatch(/Deres svar: .*2019 Nedre Eiker: .*2020 Drammen: /);
  });

  it("embeds its fonts", () => {
    const raw = pdfs.get(COUNTY)!.toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+SourceSans3-Regular/);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it("gives the same bytes when built again, and leaves the national report as it was", async () => {
    const again = await mkdtemp(path.join(tmpdir(), "itip-per-org-again-"));
    try {
      const second = await build3(again, [MERGED]);
      const file = path.join(second.published.directory, "virksomheter", `${MERGED}.pdf`);
      expect((await readFile(file)).equals(pdfs.get(MERGED)!)).toBe(true);
      expect(
        (await readFile(second.published.pdf)).equals(await readFile(result.published.pdf)),
      ).toBe(true);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  }, 180_000);
});
