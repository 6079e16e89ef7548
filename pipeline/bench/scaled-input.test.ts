import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidOrgnr } from "../ingest/orgnr.js";
import { committedSample, INPUT_DIR, TEMPLATES_DIR } from "../sample/test-sample.js";
import { validate, type ValidationReport } from "../validate.js";
import { CopyOrgnrs, scaledFrames } from "./scaled-frame.js";
import { scaledBasis, scaledYears, writeScaledInput, type ScaledInput } from "./scaled-input.js";

const sha256 = (bytes: Buffer | undefined) =>
  createHash("sha256")
    .update(bytes ?? Buffer.alloc(0))
    .digest("hex");

describe("scaledFrames", () => {
  it("gives the frames back at scale 1 and every organisation three times at scale 3", async () => {
    const { years } = await committedSample();
    const frames = new Map(years.map((y) => [y.year, y.frame]));
    expect(scaledFrames(frames, 1)).toEqual(frames);
    const scaled = scaledFrames(frames, 3);
    for (const [year, frame] of frames) {
      const copies = scaled.get(year) ?? [];
      expect(copies).toHaveLength(frame.length * 3);
      expect(copies.slice(0, frame.length)).toEqual(frame);
      expect(copies[frame.length]).toMatchObject({
        id: `${frame[0]?.id}-2`,
        panelId: `${frame[0]?.panelId}-2`,
        sektor: frame[0]?.sektor,
        sizeClass: frame[0]?.sizeClass,
      });
      expect(new Set(copies.map((o) => o.id)).size).toBe(copies.length);
      // Merged organisations share a panel id; their copies share the copy's.
      const panels = new Set(frame.map((o) => o.panelId)).size;
      expect(new Set(copies.map((o) => o.panelId)).size).toBe(panels * 3);
      const orgnrs = copies.flatMap((o) => (o.orgnr === null ? [] : [o.orgnr]));
      expect(orgnrs.filter((n) => !isValidOrgnr(n))).toEqual([]);
      expect(new Set(orgnrs).size).toBe(orgnrs.length);
    }
  });

  it("gives a copy the number of its original's copy in every year", async () => {
    const { years } = await committedSample();
    const scaled = scaledFrames(new Map(years.map((y) => [y.year, y.frame])), 2);
    const copyOf = new Map<string, string>();
    for (const frame of scaled.values()) {
      const originals = new Map(frame.map((o) => [o.id, o]));
      for (const o of frame) {
        const original = originals.get(o.id.replace(/-2$/, ""));
        if (!o.id.endsWith("-2") || !original?.orgnr || !o.orgnr) continue;
        expect(copyOf.get(original.orgnr) ?? o.orgnr, o.id).toBe(o.orgnr);
        copyOf.set(original.orgnr, o.orgnr);
      }
    }
    expect(copyOf.size).toBeGreaterThan(500);
  });

  it("hands out valid organisation numbers that real ones (8…, 9…) cannot take", () => {
    const orgnrs = new CopyOrgnrs();
    const numbers = Array.from({ length: 500 }, (_, i) => orgnrs.of(String(900000000 + i), 2));
    expect(numbers.every(isValidOrgnr)).toBe(true);
    expect(numbers.every((n) => n.startsWith("1"))).toBe(true);
    expect(new Set(numbers).size).toBe(500);
    expect(orgnrs.of("900000007", 2)).toBe(numbers[7]);
    expect(() => scaledFrames(new Map(), 0)).toThrow(/whole number/);
  });
});

describe("scaled input", () => {
  it("is the committed sample, byte for byte, at scale 1", async () => {
    const sample = await committedSample();
    const { reference, questionnaire } = sample.inputs;
    for (const year of scaledYears(scaledBasis(reference, questionnaire, 1)))
      for (const [file, bytes] of year.files)
        expect(sha256(bytes), file).toBe(sha256(sample.files.get(file)));
  });

  it("gives the same bytes for the same scale and seed, other bytes for another seed", async () => {
    const { reference, questionnaire } = (await committedSample()).inputs;
    const firstYear = (seed: number) =>
      scaledYears(scaledBasis(reference, questionnaire, 2, seed)).next().value;
    const [a, b, other] = [firstYear(36), firstYear(36), firstYear(37)];
    const file = "2008/dataset.csv";
    expect(sha256(a?.files.get(file))).toBe(sha256(b?.files.get(file)));
    expect(sha256(other?.files.get(file))).not.toBe(sha256(a?.files.get(file)));
    // Twice the organisations, each answering on its own: about twice the respondents.
    const sample = (await committedSample()).years[0]!;
    const respondents = sample.responses.filter((r) => r.status === 3 || r.status === 4).length;
    expect(a?.datasetRows).toBe(sample.frame.length * 2 + 2);
    expect(a?.respondents).toBeGreaterThan(respondents * 1.8);
    expect(a?.respondents).toBeLessThan(respondents * 2.2);
  });
});

describe("a 2× input through validate and build", () => {
  let dir: string;
  let input: ScaledInput;
  let report: ValidationReport;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "itip-scaled-"));
    input = await writeScaledInput({
      sampleInputDir: INPUT_DIR,
      templatesDir: TEMPLATES_DIR,
      outDir: path.join(dir, "input"),
      scale: 2,
    });
    const years = Array.from({ length: 13 }, (_, i) => 2008 + i);
    report = await validate(path.join(dir, "input"), TEMPLATES_DIR, years);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is read without errors; the rejected rows and cells are exactly the planted ones", () => {
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    const datasets = report.files.filter((f) => f.file.endsWith("dataset.csv"));
    expect(datasets.reduce((sum, f) => sum + f.rows, 0)).toBe(input.datasetRows);
    const key = (r: { file: string; line: number; code: string }) =>
      `${r.file}:${r.line} ${r.code}`;
    expect(report.rejects.map(key).sort()).toEqual(input.dirtyRows.map(key).sort());
  });

  it("builds the report", () => {
    const out = path.join(dir, "output");
    const child = spawnSync(
      process.execPath,
      ["dist/itip.mjs", "build", "--json", "--input", path.join(dir, "input"), "--out", out],
      { encoding: "utf8" },
    );
    expect(child.status, child.stderr).toBe(0);
    expect(JSON.parse(child.stdout)).toMatchObject({ ok: true });
    const manifest = JSON.parse(readFileSync(path.join(out, "2020", "manifest.json"), "utf8")) as {
      sample: boolean;
    };
    expect(manifest.sample).toBe(true);
  });
});
