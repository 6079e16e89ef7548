// The sample input of every year built with the repository's templates into a fresh temporary
// folder, for the end-to-end tests; they delete the folder when done.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { build, type BuildResult } from "../build.js";
import { projectRoot } from "../package-info.js";

export async function buildSample(prefix: string): Promise<{ outDir: string; result: BuildResult }> {
  const root = projectRoot();
  const outDir = await mkdtemp(path.join(tmpdir(), prefix));
  const result = await build({
    inputDir: path.join(root, "input"),
    templatesDir: path.join(root, "templates"),
    outDir,
    strict: false,
  });
  return { outDir, result };
}
