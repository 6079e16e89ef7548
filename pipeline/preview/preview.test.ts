// itip preview: a session built once, then again after each edit, running only what the edit
// affects (counted by the stages the build session computed), keeping the last good PDF on an
// error; and once through the real file watcher.
import { createHash } from "node:crypto";
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../build.js";
import { ExitCode, ItipError } from "../errors.js";
import { projectRoot } from "../package-info.js";
import { readPdf } from "../testdata/read-pdf.js";
import { previewText } from "./messages.js";
import { PreviewSession, runPreview, summariseStages, type Rebuild } from "./preview.js";

const root = projectRoot();
let work: string;
let templatesDir: string;
let inputDir: string;
let outDir: string;
let reportMd: string;
let pdfFile: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "itip-preview-"));
  templatesDir = path.join(work, "templates");
  inputDir = path.join(work, "input");
  outDir = path.join(work, "output");
  await cp(path.join(root, "templates"), templatesDir, { recursive: true });
  await cp(path.join(root, "input"), inputDir, { recursive: true });
  reportMd = path.join(templatesDir, "report.md");
  pdfFile = path.join(outDir, "2020", "it-i-praksis-2020.pdf");
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const pdfText = async () =>
  (await readPdf(await readFile(pdfFile))).pages.flat().join(" ").replace(/\s+/g, " ");
const drawn = (rebuild: Rebuild) => rebuild.ran.filter((r) => r.startsWith("charts:draw"));
const replaceIn = async (file: string, from: string, to: string) => {
  const text = await readFile(file, "utf8");
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
};

describe("a preview session", () => {
  const printed: string[] = [];
  let preview: PreviewSession;
  let first: Rebuild;
  /** How many charts the report has (every one drawn in the first build). */
  let chartCount: number;

  beforeAll(async () => {
    preview = new PreviewSession({ templatesDir, inputDir, outDir, print: (l) => printed.push(l) });
    first = await preview.rebuild();
    chartCount = drawn(first).length;
  }, 180_000);

  it("builds everything first and says so in one line", () => {
    expect(first.ok).toBe(true);
    expect(first.stages).toEqual([
      "templates",
      "ingest (13 years)",
      "survey (13 years)",
      "indicators",
      "findings",
      "plan",
      `charts (${chartCount} of ${chartCount} drawn)`,
      "report",
      "web",
      "publish",
    ]);
    expect(chartCount).toBeGreaterThan(10);
    expect(first.written).toContain("it-i-praksis-2020.pdf");
    expect(printed).toEqual([
      previewText.built(
        "first build",
        first.stages,
        first.ms,
        path.relative(process.cwd(), pdfFile),
      ),
    ]);
  });

  it("after an edit of report.md runs only plan, report, web and publish, and writes the PDF and the page", async () => {
    printed.length = 0;
    await appendFile(reportMd, "\nEn setning skrevet i forhåndsvisningen.\n");
    const rebuild = await preview.rebuild([reportMd]);
    expect(rebuild.ok).toBe(true);
    expect(rebuild.ran).toEqual(["plan", "report", "web"]);
    expect(rebuild.stages).toEqual(["plan", "report", "web", "publish"]);
    // The PDF first (ahead of the web edition), then the folder is whole again.
    expect(rebuild.written).toEqual(["it-i-praksis-2020.pdf", "web/index.html", "manifest.json"]);
    const manifest = JSON.parse(await readFile(path.join(outDir, "2020", "manifest.json"), "utf8"));
    const listed = manifest.outputs.find(
      (o: { file: string }) => o.file === "it-i-praksis-2020.pdf",
    );
    expect(listed.sha256).toBe(
      createHash("sha256")
        .update(await readFile(pdfFile))
        .digest("hex"),
    );
    expect(printed).toEqual([
      previewText.built(
        previewText.changed([path.relative(process.cwd(), reportMd)]),
        ["plan", "report", "web", "publish"],
        rebuild.ms,
        path.relative(process.cwd(), pdfFile),
      ),
    ]);
    expect(await pdfText()).toContain("En setning skrevet i forhåndsvisningen.");
  }, 60_000);

  it("on a template error prints it as the CLI does and keeps the last PDF byte for byte", async () => {
    printed.length = 0;
    const before = await readFile(pdfFile);
    const good = await readFile(reportMd, "utf8");
    const line = good.split("\n").length + 1;
    await appendFile(reportMd, `\n{{ indicator "finnes-ikke" }}\n`);
    const rebuild = await preview.rebuild([reportMd]);
    expect(rebuild.ok).toBe(false);
    expect(rebuild.error).toBeInstanceOf(ItipError);
    const error = rebuild.error as ItipError;
    expect(error.exitCode).toBe(ExitCode.template);
    expect(error.code).toBe("TEMPLATE_INDICATOR_UNKNOWN");
    expect(printed[0]).toBe(error.format());
    expect(printed[0]).toMatch(
      new RegExp(`^${reportMd}:${line}:\\d+ TEMPLATE_INDICATOR_UNKNOWN: `),
    );
    expect(printed[1]).toBe(
      previewText.failed(previewText.changed([path.relative(process.cwd(), reportMd)]), rebuild.ms),
    );
    expect((await readFile(pdfFile)).equals(before)).toBe(true);

    // Fixed with other words: built again.
    await writeFile(reportMd, `${good}\nOg en setning til.\n`);
    const fixed = await preview.rebuild([reportMd]);
    expect(fixed.ok).toBe(true);
    expect(fixed.ran).toEqual(["plan", "report", "web"]);
    expect(await pdfText()).toContain("Og en setning til.");

    // Back to the text of a PDF already written: nothing to compute, the PDF stays.
    const after = await readFile(pdfFile);
    await writeFile(reportMd, `${good}\nOg en setning til.\n`);
    const same = await preview.rebuild([reportMd]);
    expect(same.ran).toEqual([]);
    expect(same.written).toEqual(["manifest.json"]);
    expect((await readFile(pdfFile)).equals(after)).toBe(true);
  }, 60_000);

  it("draws again only the chart whose title changed", async () => {
    await replaceIn(
      reportMd,
      `{{ chart sizes indicator="avanserte-tjenester" }}`,
      `{{ chart sizes indicator="avanserte-tjenester" title="Tjenester etter kommunestørrelse" }}`,
    );
    const rebuild = await preview.rebuild([reportMd]);
    expect(rebuild.ok).toBe(true);
    expect(rebuild.ran).toEqual([
      "plan",
      "charts:spec kommunestorrelse-avanserte-tjenester",
      "charts:draw kommunestorrelse-avanserte-tjenester",
      "report",
      "web",
    ]);
    expect(rebuild.stages).toEqual([
      "plan",
      `charts (1 of ${chartCount} drawn)`,
      "report",
      "web",
      "publish",
    ]);
    // The figure's title is the PDF's caption, not part of the drawing: the SVG stays as it was.
    expect(rebuild.written).toEqual([
      "it-i-praksis-2020.pdf",
      "charts/kommunestorrelse-avanserte-tjenester.vl.json",
      "web/index.html",
      "manifest.json",
    ]);
  }, 60_000);

  it("after a theme.json edit draws every chart again but reads and estimates nothing", async () => {
    await replaceIn(
      path.join(templatesDir, "theme.json"),
      `"grid": "#e3e3e3"`,
      `"grid": "#e4e4e4"`,
    );
    const rebuild = await preview.rebuild([path.join(templatesDir, "theme.json")]);
    expect(rebuild.ok).toBe(true);
    expect(rebuild.stages).toEqual([
      `charts (${chartCount} of ${chartCount} drawn)`,
      "report",
      "web",
      "publish",
    ]);
    expect(rebuild.ran.filter((r) => !r.startsWith("charts:draw"))).toEqual([
      "charts:theme",
      "report",
      "web",
    ]);
  }, 120_000);

  it("after a findings.yaml edit runs findings onward", async () => {
    await appendFile(path.join(templatesDir, "findings.yaml"), "\n# en kommentar\n");
    const rebuild = await preview.rebuild([path.join(templatesDir, "findings.yaml")]);
    expect(rebuild.ok).toBe(true);
    expect(rebuild.stages).toEqual(["templates", "findings", "plan", "report", "web", "publish"]);
    expect(rebuild.ran).toContain("templates:findings.yaml");
    expect(rebuild.ran).not.toContain("templates:indicators.yaml");
  }, 60_000);

  it("after a questions.yaml edit ingests every year again (harmonising reads it), draws nothing whose spec is unchanged", async () => {
    await appendFile(path.join(templatesDir, "questions.yaml"), "\n# en kommentar\n");
    const rebuild = await preview.rebuild([path.join(templatesDir, "questions.yaml")]);
    expect(rebuild.ok).toBe(true);
    expect(rebuild.stages).toEqual([
      "templates",
      "ingest (13 years)",
      "survey (13 years)",
      "indicators",
      "findings",
      "plan",
      `charts (0 of ${chartCount} drawn)`,
      "report",
      "web",
      "publish",
    ]);
    expect(drawn(rebuild)).toEqual([]);
  }, 120_000);

  it("after a change in one year's input ingests that year again, and estimates onward", async () => {
    const frame = path.join(inputDir, "2015", "frame.csv");
    await writeFile(frame, await readFile(frame));
    const rebuild = await preview.rebuild([frame]);
    expect(rebuild.ok).toBe(true);
    expect(rebuild.stages.slice(0, 3)).toEqual([
      "ingest (1 year)",
      "survey (1 year)",
      "indicators",
    ]);
    expect(rebuild.ran).toContain("ingest:2015");
    // The same bytes: every number as before, so no chart is drawn again.
    expect(drawn(rebuild)).toEqual([]);
  }, 120_000);

  it("on an input error prints it, keeps the PDF, and builds once the file is back", async () => {
    const pdf = await readFile(pdfFile);
    const dataset = path.join(inputDir, "2020", "dataset.csv");
    const bytes = await readFile(dataset);
    await writeFile(dataset, "");
    const broken = await preview.rebuild([dataset]);
    expect(broken.ok).toBe(false);
    expect((broken.error as ItipError).code).toBe("INPUT_FILE_EMPTY");
    expect((await readFile(pdfFile)).equals(pdf)).toBe(true);
    await writeFile(dataset, bytes);
    const back = await preview.rebuild([dataset]);
    expect(back.ok).toBe(true);
    expect(back.ran).toContain("ingest:2020");
  }, 120_000);

  it("writes again the files deleted from the output folder since it wrote them", async () => {
    await rm(path.join(outDir, "2020", "indicators.csv"));
    const rebuild = await preview.rebuild([]);
    expect(rebuild.written).toEqual(["indicators.csv", "manifest.json"]);
  }, 60_000);

  it("after all these edits has published what a cold build of the same files publishes", async () => {
    const cold = path.join(work, "cold");
    const result = await build({ templatesDir, inputDir, outDir: cold, strict: false });
    for (const file of result.published.files.filter((f) => f !== "manifest.json")) {
      const warm = await readFile(path.join(outDir, "2020", file));
      expect(warm.equals(await readFile(path.join(cold, "2020", file))), file).toBe(true);
    }
  }, 180_000);
});

describe("itip preview through the file watcher", () => {
  it("builds, then builds again after report.md is saved", async () => {
    const out = path.join(work, "watched-output");
    const printed: string[] = [];
    const builds: Rebuild[] = [];
    const waiters: Array<() => void> = [];
    const stop = new AbortController();
    const nextBuild = () => new Promise<void>((resolve) => waiters.push(resolve));
    const running = runPreview({
      templatesDir,
      inputDir,
      outDir: out,
      print: (l) => printed.push(l),
      signal: stop.signal,
      onBuilt: (b) => {
        builds.push(b);
        waiters.shift()?.();
      },
    });
    await nextBuild();
    expect(builds[0]?.ok).toBe(true);
    // The folders are watched from before the first build: a save now is seen.
    const built = nextBuild();
    await appendFile(reportMd, "\nLagret mens forhåndsvisningen så på.\n");
    await built;
    stop.abort();
    await running;
    expect(builds[1]?.ok).toBe(true);
    expect(builds[1]?.changed).toEqual([reportMd]);
    expect(builds[1]?.ran).toEqual(["plan", "report", "web"]);
    expect(printed).toContain(
      previewText.watching([templatesDir, inputDir].map((f) => path.relative(process.cwd(), f))),
    );
  }, 180_000);
});

describe("summariseStages", () => {
  it("names the pipeline stages that ran, with years and charts counted", () => {
    expect(
      summariseStages(
        [
          "templates:questions.yaml",
          "ingest:2019",
          "ingest:2020",
          "survey:2020",
          "indicators:estimates",
          "charts:spec a",
          "charts:draw a",
          "report:methodology",
          "report",
          "publish:indicators.csv",
        ],
        4,
      ),
    ).toEqual([
      "templates",
      "ingest (2 years)",
      "survey (1 year)",
      "indicators",
      "charts (1 of 4 drawn)",
      "report",
    ]);
  });
});
