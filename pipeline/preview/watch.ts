// Watching folders for `itip preview`: every change under them (subfolders included), except the
// output folder and the temporary files editors write beside the file they save, collected until
// the folders have been quiet for a moment and handed on as one batch with the time of its first
// event. A batch that arrives while the last one is still being handled waits for it.
import { watch, type FSWatcher } from "node:fs";
import path from "node:path";

export interface WatchOptions {
  /** Changes under this folder are ignored (the output of the build being watched). */
  ignoreUnder?: string;
  /** How long the folders must be quiet before a batch is handed on. */
  debounceMs?: number;
  /** Handles one batch: the changed files (absolute) and `performance.now()` at its first event. */
  onChanges: (files: string[], since: number) => Promise<void>;
  /** A folder could not be watched (or stopped being watchable). */
  onError: (error: Error, folder: string) => void;
}

export interface Watcher {
  /** Stops watching; resolves when the batch being handled, if any, is done. */
  close(): Promise<void>;
}

export const DEBOUNCE_MS = 50;

export function watchFolders(folders: readonly string[], options: WatchOptions): Watcher {
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  const pending = new Set<string>();
  let since: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

  const flush = () => {
    timer = undefined;
    if (closed || running || pending.size === 0) return;
    const files = [...pending].sort();
    const start = since ?? performance.now();
    pending.clear();
    since = undefined;
    running = options.onChanges(files, start).finally(() => {
      running = undefined;
      if (pending.size > 0) schedule();
    });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  const watchers: FSWatcher[] = [];
  for (const folder of folders) {
    try {
      const watcher = watch(folder, { recursive: true }, (_event, name) => {
        const file = name === null ? folder : path.join(folder, name.toString());
        if (ignored(file, folder, options.ignoreUnder)) return;
        pending.add(file);
        since ??= performance.now();
        schedule();
      });
      watcher.on("error", (error) => options.onError(error, folder));
      watchers.push(watcher);
    } catch (error) {
      options.onError(error as Error, folder);
    }
  }

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      await running;
    },
  };
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
    parts.some((part) => part.startsWith(".")) ||
    /~$|^#.*#$|\.(swp|swx|swo|tmp|bak|orig)$|^4913$/i.test(name)
  );
}
