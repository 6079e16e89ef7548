// Adding next year's export, end to end, as README "Adding next year's export" tells an analyst
// to: a 2021 export in which the korona question was dropped, the strategy question renamed and
// a question on artificial intelligence added is put next to the sample's 2019 and 2020 (two
// years keep it fast), declared in a copy of templates/, and built into the 2021 report with the
// new indicator in a chart and the changes from 2020. The steps below are numbered as in the
// README; the report is read back from the PDF and held against indicators.csv.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { build, type BuildResult } from "./build.js";
import { caught } from "./ingest/test-helpers.js";
import { initYear } from "./init-year.js";
import { CHANGES_2021, writeExport2021 } from "./testdata/next-year/export-2021.js";
import { readPdf } from "./testdata/read-pdf.js";
import { validate } from "./validate.js";

const present = ["input/2019", "input/2020", "input/EKSEMPELDATA.md", "templates"].every((p) =>
  existsSync(p),
);
const { dropped, renamed, added } = CHANGES_2021;

/** Replaces `find`, which must be in the file exactly once: an analyst's edit of a template. */
function edit(file: string, find: string, replace: string): void {
  const text = readFileSync(file, "utf8");
  const at = text.indexOf(find);
  if (at === -1 || text.indexOf(find, at + 1) !== -1)
    throw new Error(`${file}: expected ${JSON.stringify(find)} exactly once`);
  writeFileSync(file, text.slice(0, at) + replace + text.slice(at + find.length));
}

/** The PDF's text with every kind of space made one ordinary space. */
const normalise = (s: string) => s.replace(/[\u00a0\u202f\s]+/g, " ");
/** A share as the report writes it, rounded to a whole percent ("45 %"). */
const wholePercent = (share: number) => `${Math.round(share * 100)} %`;

type CsvRow = Record<string, string>;
interface LeftOutEntry {
  file: string;
  line: number;
  column: number;
  what: string;
  reason: string;
}

describe.skipIf(!present)("adding the 2021 export, following the README", () => {
  let work: string;
  let input: string;
  let templates: string;
  const yearOptions = () => ({
    inputDir: input,
    templatesDir: templates,
    strict: false,
    year: 2021,
  });

  beforeAll(() => {
    // The sample input of 2019 and 2020 (with its marker) and the templates, in a temp folder.
    work = mkdtempSync(path.join(tmpdir(), "itip-next-year-"));
    input = path.join(work, "input");
    templates = path.join(work, "templates");
    for (const year of ["2019", "2020"])
      cpSync(`input/${year}`, path.join(input, year), { recursive: true });
    cpSync("input/EKSEMPELDATA.md", path.join(input, "EKSEMPELDATA.md"));
    cpSync("templates", templates, { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test("1. `itip init-year 2021` creates input/2021/ with the 2020 frame, byte for byte", async () => {
    const started = await initYear({ inputDir: input, year: 2021 });
    expect(started.previousYear).toBe(2020);
    expect(readdirSync(path.join(input, "2021"))).toEqual(["frame.csv"]);
    expect(
      readFileSync(path.join(input, "2021/frame.csv")).equals(
        readFileSync(path.join(input, "2020/frame.csv")),
      ),
    ).toBe(true);
  });

  test("2. the export (dataset, structure, labels) goes into input/2021/", async () => {
    await writeExport2021(input);
    expect(readdirSync(path.join(input, "2021")).sort()).toEqual([
      "dataset.csv",
      "frame.csv",
      "labels.csv",
      "structure.csv",
    ]);
  });

  test("3. frame.csv has the columns the README lists (no organisation changed since 2020)", () => {
    const header = readFileSync(path.join(input, "2021/frame.csv"), "utf8").split(/\r?\n/)[0];
    expect(header).toBe("id,orgnr,navn,sektor,fylke,kommunenummer,befolkning,size_class,panel_id");
  });

  test("before step 4, validate and build stop with INPUT_QUESTION_MISSING and offer the declarations", async () => {
    const checked = await validate(input, templates, [2021]);
    expect(checked.ok).toBe(false);
    expect(checked.errors.map((e) => e.code)).toEqual(["INPUT_QUESTION_MISSING"]);
    const message = checked.errors[0]!.message;
    // The first question missing is the renamed one: rename it, or end it…
    expect(message).toContain(`The variable "${renamed.from}" of question "${renamed.question}"`);
    expect(message).toContain('add "2021: <new name>" under its variables');
    expect(message).toContain(`"${renamed.to}"`); // a column no question uses: the new name
    expect(message).toContain('"last_year: 2020"');
    // …and the dropped one is named too.
    expect(message).toContain(`missing too: "${dropped.question}"`);

    const outDir = path.join(work, "output-undeclared");
    const stopped = await caught(() => build({ ...yearOptions(), outDir }));
    expect(stopped.code).toBe("INPUT_QUESTION_MISSING");
    expect(stopped.message).toBe(message);
    expect(existsSync(outDir)).toBe(false);
  });

  test("4. questions.yaml: korona_tempo ended in 2020, strategi renamed, the new question", () => {
    const questions = path.join(templates, "questions.yaml");
    edit(
      questions,
      `    first_year: 2020\n    variables: { 2020: ${dropped.variable} }\n`,
      `    first_year: 2020\n    last_year: 2020\n    variables: { 2020: ${dropped.variable} }\n`,
    );
    edit(
      questions,
      `variables: { 2008: s_2, 2014: s_3, 2019: ${renamed.from} }`,
      `variables: { 2008: s_2, 2014: s_3, 2019: ${renamed.from}, 2021: ${renamed.to} }`,
    );
    edit(
      questions,
      "\n  kommentar:\n",
      `
  ${added.question}:
    label: ${added.text}
    type: single
    first_year: 2021
    variables: { 2021: ${added.variable} }
    codes:
      { 1: Svært uenig, 2: Uenig, 3: Verken enig eller uenig, 4: Enig, 5: Svært enig, 6: Vet ikke }
    non_substantive: [6]

  kommentar:
`,
    );
  });

  test("5. indicators.yaml: the indicator ki-bruk; report.md: a chapter that needs it", () => {
    const indicators = path.join(templates, "indicators.yaml");
    writeFileSync(
      indicators,
      `${readFileSync(indicators, "utf8")}
  - id: ki-bruk
    label: "Bruker kunstig intelligens i tjenestene"
    question: ${added.question}
    measure: share
    codes: [4, 5]
    unit: pct
`,
    );
    edit(
      path.join(templates, "report.md"),
      "\n# Vedlegg: Metode {-}\n",
      `
{{ needs indicators="ki-bruk" }}
# Kunstig intelligens

{{ indicator "ki-bruk" }} av virksomhetene er enig eller svært enig i at de bruker kunstig intelligens i tjenestene.

{{ chart bars indicators="ki-bruk" id="sektor-ki-bruk" title="Kunstig intelligens i tjenestene etter sektor ({year})" }}
{{ end }}

# Vedlegg: Metode {-}
`,
    );
  });

  test("6. `itip validate --year 2021` passes; it rejects only the mistakes the 2020 export already had", async () => {
    const checked = await validate(input, templates, [2020, 2021]);
    expect(checked.errors).toEqual([]);
    expect(checked.ok).toBe(true);
    // The 2021 files were saved as UTF-8 with semicolons, 2020's as UTF-16LE with tabs.
    const dialects = (year: number) =>
      checked.files
        .filter((f) => f.file.startsWith(`${year}/`) && !f.file.endsWith("frame.csv"))
        .map((f) => `${f.encoding} ${f.delimiter}`);
    expect(dialects(2021)).toEqual(["utf-8 ;", "utf-8 ;", "utf-8 ;"]);
    expect(dialects(2020)).toEqual(["utf-16le tab", "utf-16le tab", "utf-16le tab"]);
    const rejects = (year: number) =>
      checked.rejects
        .filter((r) => r.file === `${year}/dataset.csv`)
        .map((r) => `${r.line}:${r.code}`);
    expect(rejects(2021).length).toBeGreaterThan(0);
    expect(rejects(2021)).toEqual(rejects(2020));
  });

  describe("6. then `itip build --year 2021`", () => {
    let result: BuildResult;
    let text: string;
    let rows: CsvRow[];
    let leftOut: LeftOutEntry[];
    const row = (indicator: string, year: number, group = "alle") =>
      rows.find((r) => r.indicator === indicator && r.year === String(year) && r.group === group);
    const value = (indicator: string, year: number, column: string) => {
      const found = row(indicator, year)?.[column];
      if (!found) throw new Error(`indicators.csv: no ${column} for ${indicator} alle ${year}`);
      return Number(found);
    };

    beforeAll(async () => {
      result = await build({ ...yearOptions(), outDir: path.join(work, "output") });
      const pdf = await readPdf(readFileSync(result.published.pdf));
      text = normalise(pdf.pages.flat().join(" "));
      const directory = result.published.directory;
      rows = parse(readFileSync(path.join(directory, "indicators.csv")), {
        columns: true,
      }) as CsvRow[];
      leftOut = (
        JSON.parse(readFileSync(path.join(directory, "manifest.json"), "utf8")) as {
          leftOut: LeftOutEntry[];
        }
      ).leftOut;
    });

    test("the build writes the 2021 report, still marked as sample data", () => {
      expect(result.year).toBe(2021);
      expect(path.basename(result.published.pdf)).toBe("it-i-praksis-2021.pdf");
      expect(text).toContain("Eksempeldata – syntetiske svar");
    });

    test("the new indicator: its chart, its caption and its sentence, as in indicators.csv", () => {
      const directory = result.published.directory;
      expect(existsSync(path.join(directory, "charts/sektor-ki-bruk.svg"))).toBe(true);
      expect(text).toMatch(/Figur \d+: Kunstig intelligens i tjenestene etter sektor \(2021\)/);
      const kiBruk = value("ki-bruk", 2021, "estimate");
      expect(kiBruk).toBeGreaterThan(0);
      expect(kiBruk).toBeLessThan(1);
      expect(text).toContain(
        `${wholePercent(kiBruk)} av virksomhetene er enig eller svært enig i at de bruker kunstig intelligens i tjenestene.`,
      );
      // A new question has no earlier years.
      expect(row("ki-bruk", 2020)).toBeUndefined();
    });

    test("strategi is read from its new variable: the same answers give the same estimate as in 2020", () => {
      expect(value("strategi", 2021, "n")).toBeGreaterThan(0);
      expect(value("strategi", 2021, "estimate")).toBeCloseTo(
        value("strategi", 2020, "estimate"),
        12,
      );
    });

    test("the changes 2020→2021: in indicators.csv and in the report's changes chart", () => {
      const from = value("avanserte-tjenester", 2020, "estimate");
      const to = value("avanserte-tjenester", 2021, "estimate");
      expect(to).toBeGreaterThan(from);
      expect(value("avanserte-tjenester", 2021, "change_pp")).toBeCloseTo((to - from) * 100, 9);
      expect(value("avanserte-tjenester", 2021, "p_value")).toBeLessThan(0.05);
      expect(existsSync(path.join(result.published.directory, "charts/endring-alle.svg"))).toBe(
        true,
      );
      expect(text).toMatch(/Figur \d+: Endring fra 2020 til 2021, alle virksomheter/);
    });

    test("korona_tempo: no 2021 estimates, not in the report, and its sections listed as left out", () => {
      expect(row("korona-raskere", 2020)).toBeDefined();
      expect(rows.filter((r) => r.indicator === "korona-raskere" && r.year === "2021")).toEqual([]);
      expect(text).not.toMatch(/pandemi/i);

      expect(leftOut).toEqual(
        result.leftOut.map(({ location, what, reason }) => ({ ...location, what, reason })),
      );
      const korona = leftOut.filter((l) => `${l.what} ${l.reason}`.includes("korona"));
      expect(korona.map((l) => l.what)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^section "Koronapandemien/),
          expect.stringMatching(/koronapandemien/),
        ]),
      );
      for (const l of korona) {
        expect(path.basename(l.file)).toBe("report.md");
        expect(l.reason).toContain("2021");
      }
    });
  });
});
