// Watching folders for `itip preview`: every change under them, except in the output folder, in
// hidden folders and to the temporary files editors write beside the file they save, collected
// until the folders have been quiet for a moment and handed on as one batch with the time of its
// first event. A batch that arrives while the last one is still being handled waits for it.
//
// One watcher per folder, not `fs.watch(…, { recursive: true })`: on Linux, Node 20's recursive
// watcher loses a file once an editor saves it by writing a new file and renaming it over the
// old one (sed -i, vim, most IDEs' "safe write"), while a folder's own watcher reports every
// change to the names in it. A folder created later is watched from then on.
import { watch, type FSWatcher } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export interface WatchOptions {
  /** Changes under this folder are ignored (the output of the build being watched). */
  ignoreUnder?: string;
  /** How long the folders must be quiet before a batch is handed on. */
  debounceMs?: number;
  /** Handles one batch: the changed files (absolute) and `performance.now()` at its first event. */
  onChanges: (files: string[], since: number) => Promise<void>;
  /** A folder given could not be watched. */
  onError: (error: Error, folder: string) => void;
}

export interface Watcher {
  /** Resolves when every folder under the given ones is being watched. */
  ready: Promise<void>;
  /** Stops watching; resolves when the batch being handled, if any, is done. */
  close(): Promise<void>;
}

export const DEBOUNCE_MS = 50;

export function watchFolders(roots: readonly string[], options: WatchOptions): Watcher {
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  const watchers = new Map<string, FSWatcher>();
  const pending = new Set<string>();
  let since: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

  const flush = () => {
    timer = undefined;
    if (closed || running || pending.size === 0) return;
    const start = since ?? performance.now();
    const batch = [...pending].sort();
    pending.clear();
    since = undefined;
    running = existingFirst(batch)
      .then((files) => options.onChanges(files, start))
      .finally(() => {
        running = undefined;
        if (pending.size > 0) schedule();
      });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  const unwatch = (folder: string) => {
    for (const [watched, watcher] of watchers)
      if (watched === folder || watched.startsWith(folder + path.sep)) {
        watcher.close();
        watchers.delete(watched);
      }
  };

  const onEvent = (root: string, folder: string, event: string, name: string | null) => {
    const file = name === null ? folder : path.join(folder, name);
    if (closed || ignored(file, root, options.ignoreUnder)) return;
    pending.add(file);
    since ??= performance.now();
    schedule();
    // A name that appeared may be a new folder; one that went may have been a watched folder.
    if (event === "rename" && name !== null)
      stat(file).then(
        (s) => (s.isDirectory() ? watchTree(root, file) : undefined),
        () => unwatch(file),
      );
  };

  const watchTree = async (root: string, folder: string): Promise<void> => {
    if (closed || watchers.has(folder) || ignored(folder, root, options.ignoreUnder)) return;
    try {
      const watcher = watch(folder, (event, name) => onEvent(root, folder, event, name));
      // A watched folder that is removed ends its watcher with an error; its parent saw it go.
      watcher.on("error", () => unwatch(folder));
      watchers.set(folder, watcher);
    } catch (error) {
      if (folder === root) options.onError(error as Error, folder);
      return;
    }
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries)
      if (entry.isDirectory()) await watchTree(root, path.join(folder, entry.name));
  };

  const ready = Promise.all(roots.map((root) => watchTree(root, root))).then(() => {});
  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      await running;
    },
  };
}

/**
 * The files of a batch that still exist (an editor's own temporary file is gone by the time the
 * batch is handed on), or all of them when none does (a file was deleted).
 */
async function existingFirst(files: string[]): Promise<string[]> {
  const exists = await Promise.all(
    files.map((f) =>
      stat(f).then(
        () => true,
        () => false,
      ),
    ),
  );
  const existing = files.filter((_, i) => exists[i]);
  return existing.length > 0 ? existing : files;
}

/**
 * Editors' temporary and backup files (`.report.md.swp`, `report.md~`, `#report.md#`, vim's
 * `4913`, `*.tmp`), anything in a hidden folder, and the output folder do not start a build.
 */
export function ignored(file: string, folder: string, outDir?: string): boolean {
  if (outDir !== undefined) {
    const fromOut = path.relative(outDir, file);
    if (fromOut === "" || (!fromOut.startsWith("..") && !path.isAbsolute(fromOut))) return true;
  }
  const parts = path.relative(folder, file).split(path.sep);
  const name = parts[parts.length - 1] ?? "";
  return (
    parts.some((part) => part.startsWith(".") && part !== "..") ||
    /~$|^#.*#$|\.(swp|swx|swo|tmp|bak|orig)$|^4913$/i.test(name)
  );
}
