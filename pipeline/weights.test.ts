// `--weights sector`: the build keeps the sector design weights N_h / n_h, for comparison with
// the calibrated default, and says so in microdata.csv, manifest.json and the methodology.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { build, type BuildResult } from "./build.js";
import { projectRoot } from "./package-info.js";
import { readPdf } from "./testdata/read-pdf.js";

const root = projectRoot();
let outDir: string;
let result: BuildResult;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), "itip-weights-"));
  result = await build({
    inputDir: path.join(root, "input"),
    templatesDir: path.join(root, "templates"),
    outDir,
    strict: false,
    weights: "sector",
  });
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe("a build with --weights sector", () => {
  test("weights every respondent N_h / n_h: microdata's weight is its design weight, no cells", async () => {
    const rows = parse(await readFile(path.join(result.published.directory, "microdata.csv")), {
      columns: true,
    }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(3000);
    for (const row of rows) {
      expect(row.weight).toBe(row.design_weight);
      expect(row.cal_class).toBe("");
      expect(row.cal_fylke).toBe("");
    }
  });

  test("records the weighting in manifest.json", async () => {
    const manifest = JSON.parse(
      await readFile(path.join(result.published.directory, "manifest.json"), "utf8"),
    ) as { weights: string };
    expect(manifest.weights).toBe("sector");
  });

  test("says in the methodology that the weights are not calibrated, and shows no margins", async () => {
    const pdf = await readPdf(await readFile(result.published.pdf));
    const text = pdf.pages
      .flat()
      .join(" ")
      .replace(/[\u00a0\s]+/g, " ");
    expect(text).toContain("Vektene er ikke kalibrert mot kommunestørrelse og fylke.");
    expect(text).not.toContain("Kalibreringsmarginer");
    expect(text).toContain("Svarprosent etter sektor og kommunestørrelse (2020)");
  });
});

test.skipIf(!existsSync("dist/itip.mjs"))(
  "through the compiled CLI: --weights takes calibrated or sector, nothing else",
  () => {
    const child = spawnSync(process.execPath, ["dist/itip.mjs", "build", "--weights", "census"], {
      encoding: "utf8",
    });
    expect(child.status).toBe(2);
    expect(child.stderr).toBe(
      'USAGE: --weights must be calibrated or sector, not "census". Run `itip --help` for usage.\n',
    );
  },
);
