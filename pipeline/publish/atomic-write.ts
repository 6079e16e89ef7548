// Atomic writes (SPEC §4): write a temporary file next to the target and rename it, so a failed
// build never leaves a half-written PDF or CSV behind.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { ItipError } from "../errors.js";

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** `outDir/relative`, refusing any name that would land outside `outDir` (ids come from data). */
export function resolveInside(outDir: string, relative: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep))
    throw new ItipError(
      "OUTPUT_PATH_OUTSIDE",
      `the output name "${relative}" would be written outside ${outDir}; rename the chart or organisation id.`,
      { exitCode: 70 },
    );
  return target;
}
