// A build killed at any moment leaves output/<year>/ as the previous publication or the new one,
// never a mix; the next build clears what the killed one left. The real CLI is killed with
// SIGKILL at seeded random moments of publishing, alternating two inputs so that the previous and
// the new publication differ. The moments are timed in turn from the line stage 6 prints just
// before publishing (anywhere in the stage: computing the tables, writing, swapping) and from the
// first change publishing makes in the output folder (the few milliseconds of writing and
// swapping). The report is a short one (testdata/publish/report.md) to get there sooner.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, watch } from "node:fs";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomFor } from "../seeded-random.js";
import { inputsDifferingInOneRow } from "../testdata/publish/two-inputs.js";
import { publicationProblems } from "../testdata/publish/whole-publication.js";
import { sha256, type Manifest } from "./manifest.js";

const CLI = path.resolve("dist/itip.mjs");
const KILLS = 6;
/** How long after the first change in the output folder a kill may come. */
const WRITING_MS = 20;

let work: string;
let outDir: string;
let templatesDir: string;
let inputs: { old: string; new: string };
let publishMs: number;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "itip-killed-"));
  outDir = path.join(work, "output");
  inputs = await inputsDifferingInOneRow(work);
  templatesDir = path.join(work, "templates");
  await cp("templates", templatesDir, { recursive: true });
  await cp("pipeline/testdata/publish/report.md", path.join(templatesDir, "report.md"));
  // The first publication, whole; its progress says how long publishing takes here.
  const first = buildWith(inputs.old);
  expect(first.status).toBe(0);
  publishMs = Number(/7 publish .* ([\d.]+) ms/.exec(first.stderr)?.[1]);
  expect(publishMs).toBeGreaterThan(0);
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const buildArgs = (input: string) =>
  [CLI, "build", "--input", input, "--templates", templatesDir, "--out", outDir] as const;

function buildWith(input: string) {
  return spawnSync(process.execPath, buildArgs(input), { encoding: "utf8" });
}

type Moment = "stage 6 printed" | "output changed";

/** Runs a build and kills it `delayMs` after the moment. */
function killDuringPublish(input: string, after: Moment, delayMs: number): Promise<void> {
  const child = spawn(process.execPath, buildArgs(input));
  let timer: NodeJS.Timeout | undefined;
  const kill = () => (timer ??= setTimeout(() => child.kill("SIGKILL"), delayMs));
  const watcher = watch(outDir, () => after === "output changed" && kill());
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    if (after === "stage 6 printed" && chunk.includes("6 report")) kill();
  });
  return new Promise((resolve) =>
    child.on("exit", () => {
      watcher.close();
      resolve();
    }),
  );
}

/** The sha256 of 2020's dataset each input folder has: which input a publication came from. */
async function datasetSha(input: string): Promise<string> {
  return sha256(await readFile(path.join(input, "2020", "dataset.csv")));
}

/** The published 2020 folder, or (killed between the two renames) the previous one set aside. */
async function publishedFolder(): Promise<string> {
  const year = path.join(outDir, "2020");
  if (existsSync(year)) return year;
  const aside = (await readdir(outDir)).filter((n) => n.startsWith(".2020.previous-"));
  expect(aside).toHaveLength(1);
  return path.join(outDir, aside[0]!);
}

describe.skipIf(!existsSync(CLI))("a build killed with SIGKILL while it publishes", () => {
  it("leaves the previous publication or the new one, whole, and the next build cleans up", async () => {
    const random = randomFor(10, "kill moments");
    /** The input of the publication in place: the first build's, then whatever a kill left. */
    let published = await datasetSha(inputs.old);
    for (let kill = 0; kill < KILLS; kill++) {
      const input = kill % 2 === 0 ? inputs.new : inputs.old;
      if (Math.floor(kill / 2) % 2 === 0)
        await killDuringPublish(input, "stage 6 printed", random.next() * publishMs);
      else await killDuringPublish(input, "output changed", random.next() * WRITING_MS);
      const folder = await publishedFolder();
      expect(await publicationProblems(folder)).toEqual([]);
      const manifest = JSON.parse(
        await readFile(path.join(folder, "manifest.json"), "utf8"),
      ) as Manifest;
      const dataset = manifest.inputs.find((i) => i.file === "2020/dataset.csv")!.sha256;
      expect([published, await datasetSha(input)]).toContain(dataset);
      published = dataset;
    }
    // The next build that publishes restores or deletes what the killed ones left.
    expect(buildWith(inputs.new).status).toBe(0);
    expect(await readdir(outDir)).toEqual(["2020"]);
    expect(await publicationProblems(path.join(outDir, "2020"))).toEqual([]);
  }, 120_000);
});
