// itip diff on two builds whose input differs in one row: organisation K1101 (a municipality of
// 5–20k inhabitants) answers "Nei" to the strategy question and an impossible code on top
// management's involvement (testdata/publish/two-inputs.ts).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../build.js";
import { inputsDifferingInOneRow } from "../testdata/publish/two-inputs.js";
import { diffPublications, type PublicationsDiff } from "./diff.js";
import type { PublicationDiff } from "./compare-publications.js";

let work: string;
let outputs: { old: string; new: string };
let diff: PublicationsDiff;
let year: PublicationDiff;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "itip-diff-"));
  const inputs = await inputsDifferingInOneRow(work);
  outputs = { old: path.join(work, "output-old"), new: path.join(work, "output-new") };
  for (const which of ["old", "new"] as const)
    await build({
      inputDir: inputs[which],
      templatesDir: "templates",
      outDir: outputs[which],
      strict: false,
    });
  diff = await diffPublications(
    path.join(outputs.old, "2020"),
    path.join(outputs.new, "2020"),
    "templates",
  );
  year = diff.years[0]!;
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const indicatorsOf = async (output: string) =>
  parse(await readFile(path.join(output, "2020", "indicators.csv")), {
    columns: true,
  }) as Array<Record<string, string>>;

describe("itip diff of two builds that differ in one input row", () => {
  it("finds changes only in 2020, where the row is", () => {
    expect(diff.years).toHaveLength(1);
    expect(year.numbers.length).toBeGreaterThan(0);
    expect(new Set(year.numbers.map((n) => n.year))).toEqual(new Set(["2020"]));
  });

  it("changes the estimates of the two questions (and of the index built from them), in the groups the organisation is in", () => {
    const estimates = year.numbers.filter((n) => n.column === "estimate");
    expect(new Set(estimates.map((n) => n.indicator))).toEqual(
      new Set([
        "strategi",
        "ledelse-involvert",
        "digital-modenhet",
        "digital-modenhet-kompetanse-ledelse",
      ]),
    );
    for (const indicator of ["strategi", "ledelse-involvert"])
      expect(estimates.filter((n) => n.indicator === indicator).map((n) => n.group)).toEqual([
        "alle",
        "kommune",
        "kommune-5-20k",
      ]);
  });

  it("gives old → new as the two indicators.csv have them", async () => {
    const [old, current] = await Promise.all([
      indicatorsOf(outputs.old),
      indicatorsOf(outputs.new),
    ]);
    const find = (rows: typeof old, n: PublicationDiff["numbers"][number]) =>
      rows.find((r) => r.indicator === n.indicator && r.group === n.group && r.year === n.year);
    for (const n of year.numbers) {
      expect(find(old, n)?.[n.column]).toBe(n.old);
      expect(find(current, n)?.[n.column]).toBe(n.new);
    }
    // The blanked answer leaves the base: one respondent fewer.
    const base = year.numbers.find(
      (n) => n.indicator === "ledelse-involvert" && n.group === "alle" && n.column === "n",
    )!;
    expect(Number(base.new)).toBe(Number(base.old) - 1);
    expect(base.beyondRounding).toBe(true);
  });

  it("says which changes a reader of the report sees (whole percent for shares, a decimal for the index)", () => {
    for (const n of year.numbers.filter((n) => n.column === "estimate")) {
      const shown = (cell: string) =>
        n.indicator.startsWith("digital-modenhet")
          ? Math.round(Number(cell) * 10)
          : Math.round(Number(cell) * 100);
      expect(n.beyondRounding).toBe(shown(n.old) !== shown(n.new));
    }
    expect(year.numbers.some((n) => n.beyondRounding)).toBe(true);
    expect(year.numbers.some((n) => !n.beyondRounding)).toBe(true);
  });

  it("counts the rejected cell, and adds or removes no indicator, row or column", () => {
    expect(year.rejects).toEqual([
      { file: "2020/dataset.csv", code: "CELL_CODE_OUT_OF_RANGE", old: 1, new: 2 },
    ]);
    expect([year.indicatorsAdded, year.indicatorsRemoved]).toEqual([[], []]);
    expect([year.rowsAdded, year.rowsRemoved]).toEqual([[], []]);
    expect([year.columnsAdded, year.columnsRemoved]).toEqual([[], []]);
  });

  it("compares output folders year by year, as it compares the year folders", async () => {
    const byFolder = await diffPublications(outputs.old, outputs.new, "templates");
    expect(byFolder.years.map((y) => y.numbers)).toEqual([year.numbers]);
    expect([byFolder.yearsAdded, byFolder.yearsRemoved]).toEqual([[], []]);
  });

  it("finds nothing between a publication and itself", async () => {
    const same = await diffPublications(outputs.new, outputs.new, "templates");
    expect(same.years[0]).toMatchObject({ numbers: [], rejects: [], indicatorsAdded: [] });
  });

  const cli = path.resolve("dist/itip.mjs");
  it.skipIf(!existsSync(cli))("through the CLI: Markdown for the CI summary, exit 0", () => {
    const child = spawnSync(
      process.execPath,
      [cli, "diff", path.join(outputs.old, "2020"), path.join(outputs.new, "2020"), "--markdown"],
      { encoding: "utf8" },
    );
    expect(child.status).toBe(0);
    const lines = child.stdout.split("\n");
    expect(lines[0]).toBe("### What changed in 2020");
    expect(lines).toContain("| Indicator | Group | Year | Number | Old | New |");
    const strategi = year.numbers.find(
      (n) => n.indicator === "strategi" && n.column === "estimate",
    )!;
    expect(lines).toContain(
      `| strategi | alle | 2020 | estimate | ${strategi.old} | ${strategi.new} |`,
    );
    expect(lines).toContain("- rejects: 2020/dataset.csv CELL_CODE_OUT_OF_RANGE 1 → 2");
  });
});
