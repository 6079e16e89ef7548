// Whether a file or folder is there, for the CLI's edges (build, init-year); never throws.
import { access } from "node:fs/promises";

export async function pathExists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
