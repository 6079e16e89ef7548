import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSample } from "./generate.js";
import { committedSample, INPUT_DIR } from "./test-sample.js";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("generateSample", () => {
  it("regenerates byte-identical files to the committed input", async () => {
    const sample = await committedSample();
    for (const [relative, bytes] of sample.files) {
      const onDisk = await readFile(path.join(INPUT_DIR, relative));
      expect(sha256(onDisk), relative).toBe(sha256(bytes));
    }
  });

  it("writes a frame and a three-table export for every year 2008–2020, and nothing else", async () => {
    const sample = await committedSample();
    const years = (await readdir(INPUT_DIR)).filter((name) => /^\d{4}$/.test(name)).sort();
    expect(years).toEqual(sample.years.map((y) => String(y.year)));
    const onDisk: string[] = [];
    for (const year of years)
      for (const file of await readdir(path.join(INPUT_DIR, year))) onDisk.push(`${year}/${file}`);
    expect(onDisk.sort()).toEqual([...sample.files.keys()].sort());
    expect(sample.files.size).toBe(13 * 4);
  });

  it("gives the same bytes for the same seed and other bytes for another seed", async () => {
    const sample = await committedSample();
    const { reference, questionnaire } = sample.inputs;
    const again = buildSample(reference, questionnaire, sample.seed);
    const other = buildSample(reference, questionnaire, sample.seed + 1);
    const file = "2020/dataset.csv";
    expect(again.files.get(file)?.equals(sample.files.get(file) ?? Buffer.alloc(0))).toBe(true);
    expect(other.files.get(file)?.equals(sample.files.get(file) ?? Buffer.alloc(0))).toBe(false);
    // The frame does not depend on the seed.
    expect(other.files.get("2020/frame.csv")).toEqual(sample.files.get("2020/frame.csv"));
  });

  it("has one dataset row per invited organisation, plus the planted extra rows", async () => {
    const sample = await committedSample();
    for (const y of sample.years) {
      expect(y.responses.map((r) => r.organisation.id)).toEqual(y.frame.map((o) => o.id));
      const extra = y.dirtyRows.filter((d) => d.kind === "duplicate-id" || d.kind === "unknown-id");
      expect(extra).toHaveLength(2);
    }
  });
});
