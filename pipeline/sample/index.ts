// `itip sample`: regenerate the sample input (input/<year>/) deterministically. Reading the
// reference tables and the questionnaire and writing the files happen here, at the edge.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseQuestionnaire, type Questionnaire } from "../templates/questions.js";
import type { DirtyRow } from "./dirty-rows.js";
import { buildSample, generateSample, SAMPLE_SEED, type Sample } from "./generate.js";
import { readReference } from "./reference-files.js";

export { buildSample, generateSample, SAMPLE_SEED };
export type { DirtyRow, Sample };
export { DIRTY_CODES, CELL_LEVEL_KINDS, type DirtyKind } from "./dirty-rows.js";

export interface SampleOptions {
  inputDir: string;
  templatesDir: string;
}

async function readQuestionnaire(templatesDir: string): Promise<Questionnaire> {
  const file = path.join(templatesDir, "questions.yaml");
  return parseQuestionnaire(await readFile(file, "utf8"), file);
}

/** The sample as the committed input folder would hold it (reference from input/reference/). */
export async function loadSample(options: SampleOptions): Promise<Sample> {
  const [reference, questionnaire] = await Promise.all([
    readReference(path.join(options.inputDir, "reference")),
    readQuestionnaire(options.templatesDir),
  ]);
  return buildSample(reference, questionnaire, SAMPLE_SEED);
}

/** The dirty rows planted in each year's dataset.csv of the sample, in file order. */
export async function plantedDirtyRows(options: SampleOptions): Promise<DirtyRow[]> {
  const sample = await loadSample(options);
  return sample.years.flatMap((y) => y.dirtyRows);
}

async function sameBytes(file: string, bytes: Buffer): Promise<boolean> {
  try {
    return (await readFile(file)).equals(bytes);
  } catch {
    return false;
  }
}

/** Writes the files under `inputDir`, only those whose bytes differ. Returns how many it wrote. */
export async function writeSample(inputDir: string, files: ReadonlyMap<string, Buffer>) {
  let written = 0;
  for (const [relative, bytes] of files) {
    const file = path.join(inputDir, ...relative.split("/"));
    if (await sameBytes(file, bytes)) continue;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    written++;
  }
  return written;
}

/** Regenerates the sample input. `files` counts the files generated (written or unchanged). */
export async function runSample(
  options: SampleOptions,
): Promise<{ files: number; written: number }> {
  const sample = await loadSample(options);
  const written = await writeSample(options.inputDir, sample.files);
  return { files: sample.files.size, written };
}
