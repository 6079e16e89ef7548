// Scaled inputs for `npm run bench` (SPEC §12: cost linear in respondents): the sample's seeded
// generator (pipeline/sample/) run on a frame with every organisation `scale` times
// (scaled-frame.ts). Every copy draws its own latent maturity, status and answers, so a 100×
// input holds 100 times as many distinct respondents, not one respondent a hundred times. The
// intercepts are those solved for the sample's own frame: the copies' θ have the same
// distribution, so the same calibration holds. The dirty rows are planted as in the sample (a
// handful a year, not scaled). Deterministic: the same scale and seed give the same bytes.
// Written year by year, so only one year's rows are in memory at a time.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathExists } from "../path-exists.js";
import { buildSampleYear, sampleBasis, SAMPLE_SEED, type SampleBasis } from "../sample/generate.js";
import type { DirtyRow } from "../sample/dirty-rows.js";
import { latentMaturity } from "../sample/latent.js";
import type { ReferenceTables } from "../sample/reference.js";
import { readReference } from "../sample/reference-files.js";
import { parseQuestionnaire, type Questionnaire } from "../templates/questions.js";
import { scaledFrames } from "./scaled-frame.js";

/** The file that marks an input folder as synthetic sample data (the report says so). */
const SAMPLE_MARKER = "EKSEMPELDATA.md";

export interface ScaledYear {
  year: number;
  /** Path relative to the input folder (`2020/dataset.csv`) → bytes. */
  files: Map<string, Buffer>;
  /** Complete and partial responses (before the dirty rows are planted). */
  respondents: number;
  /** Data rows of dataset.csv: one per invited organisation plus the planted extra rows. */
  datasetRows: number;
  /** The mistakes planted in dataset.csv (a handful, as in the sample). */
  dirtyRows: DirtyRow[];
}

export interface ScaledInput {
  scale: number;
  years: number;
  respondents: number;
  datasetRows: number;
  /** Bytes of the files written. */
  bytes: number;
  dirtyRows: DirtyRow[];
}

/** The sample's basis with every year's frame `scale` times and θ drawn for every copy. */
export function scaledBasis(
  reference: ReferenceTables,
  questionnaire: Questionnaire,
  scale: number,
  seed: number = SAMPLE_SEED,
): SampleBasis {
  const sample = sampleBasis(reference, questionnaire, seed);
  const frames = scaledFrames(sample.frames, scale);
  return { ...sample, frames, maturity: latentMaturity(frames, seed) };
}

/** The years of a scaled input, one at a time, oldest first. */
export function* scaledYears(basis: SampleBasis): Generator<ScaledYear> {
  for (const year of basis.frames.keys()) {
    const { sampleYear, files } = buildSampleYear(basis, year);
    const answering = sampleYear.responses.filter((r) => r.status === 3 || r.status === 4);
    const extraRows = sampleYear.dirtyRows.filter(
      (d) => d.kind === "duplicate-id" || d.kind === "unknown-id",
    );
    yield {
      year,
      files,
      respondents: answering.length,
      datasetRows: sampleYear.responses.length + extraRows.length,
      dirtyRows: sampleYear.dirtyRows,
    };
  }
}

export interface ScaledInputOptions {
  /** The sample input folder: its reference/ tables and its EKSEMPELDATA.md. */
  sampleInputDir: string;
  templatesDir: string;
  /** Where to write the scaled input (one folder per year), created if missing. */
  outDir: string;
  scale: number;
  seed?: number;
}

/** Generates and writes a scaled input folder that `itip build --input <outDir>` reads. */
export async function writeScaledInput(options: ScaledInputOptions): Promise<ScaledInput> {
  const questionsFile = path.join(options.templatesDir, "questions.yaml");
  const [reference, questionnaire] = await Promise.all([
    readReference(path.join(options.sampleInputDir, "reference")),
    readFile(questionsFile, "utf8").then((text) => parseQuestionnaire(text, questionsFile)),
  ]);
  const basis = scaledBasis(reference, questionnaire, options.scale, options.seed);
  const total: ScaledInput = {
    scale: options.scale,
    years: 0,
    respondents: 0,
    datasetRows: 0,
    bytes: 0,
    dirtyRows: [],
  };
  for (const year of scaledYears(basis)) {
    for (const [relative, bytes] of year.files) {
      const file = path.join(options.outDir, ...relative.split("/"));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
      total.bytes += bytes.length;
    }
    total.years += 1;
    total.respondents += year.respondents;
    total.datasetRows += year.datasetRows;
    total.dirtyRows.push(...year.dirtyRows);
  }
  const marker = path.join(options.sampleInputDir, SAMPLE_MARKER);
  if (await pathExists(marker)) await copyFile(marker, path.join(options.outDir, SAMPLE_MARKER));
  return total;
}
