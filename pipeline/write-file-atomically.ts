// A cache file written beside its place and renamed into it, so that a process starting meanwhile
// reads a whole file or none. Used for what a run keeps for the next (the code cache, the fonts'
// shaping plans): a file that cannot be written is no error, the next run just goes without.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Writes `data` to `file` whole; false (and nothing left behind) if it could not. */
export function writeFileAtomically(file: string, data: string | Uint8Array): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written.
    }
    return false;
  }
}
