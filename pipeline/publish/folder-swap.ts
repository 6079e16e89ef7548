// A year's folder is published as one unit (SPEC §4): the new publication is written to a
// staging folder beside it (`.2020.staging-<pid>`), which then takes the folder's place by two
// renames: the old folder aside (`.2020.previous-<pid>`), the staging folder in. A reader sees
// the previous publication or the new one, or for the instant between the renames none; never a
// mix. Node has no atomic exchange of two folders (renameat2 RENAME_EXCHANGE), hence two renames.
//
// A run killed part-way leaves its staging folder, or (killed between the renames) the previous
// publication aside with no folder in its place. The next publish restores the one and deletes
// the other, but leaves alone the folders of a process still running. A previous publication is
// renamed to `.2020.trash-<pid>` before it is deleted, so that a `.previous-` folder is always
// whole: a run killed while deleting leaves trash, never half a publication to restore.
import { readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { pathExists } from "../path-exists.js";

type Leftover = "staging" | "previous" | "trash";

/** `.2020.staging-<pid>` beside `output/2020`: where this process writes the new publication. */
export function stagingFolder(target: string): string {
  return besideFolder(target, "staging", process.pid);
}

/** Puts `staging` in the place of `target` (which may not exist yet). */
export async function swapIn(staging: string, target: string): Promise<void> {
  const previous = besideFolder(target, "previous", process.pid);
  const hadPrevious = await renameIfThere(target, previous);
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadPrevious) await rename(previous, target);
    throw error;
  }
  if (hadPrevious) await discard(previous, target);
}

/** Restores or deletes what killed runs left beside `target`; returns the names it dealt with. */
export async function cleanLeftovers(target: string): Promise<string[]> {
  const parent = path.dirname(target);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return [];
  }
  const leftovers = names
    .map((name) => ({ name, ...leftoverOf(path.basename(target), name) }))
    .filter((l) => l.kind !== undefined && !runningElsewhere(l.pid))
    .sort((a, b) => a.name.localeCompare(b.name));
  const previous = leftovers.find((l) => l.kind === "previous");
  let restored: string | undefined;
  // Killed between the two renames: the previous publication is whole, put it back.
  if (previous && !(await pathExists(target))) {
    await rename(path.join(parent, previous.name), target);
    restored = previous.name;
  }
  for (const l of leftovers) {
    if (l.name === restored) continue;
    const folder = path.join(parent, l.name);
    if (l.kind === "previous") await discard(folder, target);
    else await rm(folder, { recursive: true, force: true });
  }
  return leftovers.map((l) => l.name);
}

/** Deletes a previous publication, by way of a trash folder. */
async function discard(previous: string, target: string): Promise<void> {
  const trash = besideFolder(target, "trash", process.pid);
  await rm(trash, { recursive: true, force: true });
  await rename(previous, trash);
  await rm(trash, { recursive: true, force: true });
}

function besideFolder(target: string, kind: Leftover, pid: number): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${kind}-${pid}`);
}

function leftoverOf(base: string, name: string): { kind?: Leftover; pid: number } {
  const prefix = `.${base}.`;
  const match =
    name.startsWith(prefix) && /^(staging|previous|trash)-(\d+)$/.exec(name.slice(prefix.length));
  return match ? { kind: match[1] as Leftover, pid: Number(match[2]) } : { pid: 0 };
}

/** Whether another process with this id is alive (its folders are in use, not left over). */
function runningElsewhere(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function renameIfThere(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}
