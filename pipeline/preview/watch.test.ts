import { appendFile, mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ignored, watchFolders, type Watcher } from "./watch.js";

let folder: string;
let watcher: Watcher | undefined;
let batches: string[][];
let waiting: Array<() => void>;
const nextBatch = () => new Promise<void>((resolve) => waiting.push(resolve));
const relative = (files: string[]) => files.map((f) => path.relative(folder, f));

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "itip-watch-"));
  await mkdir(path.join(folder, "templates"));
  await mkdir(path.join(folder, "output"));
  await writeFile(path.join(folder, "templates", "theme.json"), "{}");
  batches = [];
  waiting = [];
  watcher = watchFolders([folder], {
    ignoreUnder: path.join(folder, "output"),
    debounceMs: 100,
    onChanges: async (files) => {
      batches.push(files);
      waiting.shift()?.();
    },
    onError: (error) => {
      throw error;
    },
  });
  await watcher.ready;
});

afterEach(async () => {
  await watcher?.close();
  await rm(folder, { recursive: true, force: true });
});

/** Saves as sed -i and many editors do: a new file renamed over the old one. */
async function saveByRename(file: string, text: string) {
  const temporary = path.join(path.dirname(file), "sedAb12Cd");
  await writeFile(temporary, text);
  await rename(temporary, file);
}

describe("watchFolders", () => {
  it("sees every save of a file that is replaced by renaming, not only the first", async () => {
    const theme = path.join(folder, "templates", "theme.json");
    for (const text of ["{ }", "{  }", "{   }"]) {
      const batch = nextBatch();
      await saveByRename(theme, text);
      await batch;
    }
    // The editor's temporary file is gone when the batch is handed on, so it is not named.
    expect(batches.map(relative)).toEqual([
      ["templates/theme.json"],
      ["templates/theme.json"],
      ["templates/theme.json"],
    ]);
    const appended = nextBatch();
    await appendFile(theme, "\n");
    await appended;
    expect(relative(batches[3]!)).toEqual(["templates/theme.json"]);
  });

  it("hands on a burst of events as one batch", async () => {
    const batch = nextBatch();
    for (let i = 0; i < 5; i++) await appendFile(path.join(folder, "templates", "theme.json"), " ");
    await writeFile(path.join(folder, "templates", "report.md"), "x");
    await batch;
    expect(batches.map(relative)).toEqual([["templates/report.md", "templates/theme.json"]]);
  });

  it("watches a folder created later (a new year)", async () => {
    const created = nextBatch();
    await mkdir(path.join(folder, "2021"));
    await created;
    // Let the new folder's watcher start.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const batch = nextBatch();
    await writeFile(path.join(folder, "2021", "frame.csv"), "id\n");
    await batch;
    expect(relative(batches.at(-1)!)).toEqual(["2021/frame.csv"]);
  });

  it("does not start a batch for the output folder or an editor's swap file", async () => {
    await writeFile(path.join(folder, "output", "report.pdf"), "%PDF");
    await writeFile(path.join(folder, "templates", ".report.md.swp"), "x");
    const batch = nextBatch();
    await writeFile(path.join(folder, "templates", "report.md"), "x");
    await batch;
    expect(batches.map(relative)).toEqual([["templates/report.md"]]);
  });

  it("names a deleted file when nothing else changed", async () => {
    const batch = nextBatch();
    await rm(path.join(folder, "templates", "theme.json"));
    await batch;
    expect(batches.map(relative)).toEqual([["templates/theme.json"]]);
  });
});

describe("ignored", () => {
  const templates = "/p/templates";
  it.each([
    ".report.md.swp",
    "report.md~",
    "#report.md#",
    "4913",
    "report.md.123.tmp",
    ".git/index",
  ])("ignores the editor's or tool's file %s", (name) => {
    expect(ignored(path.join(templates, name), templates)).toBe(true);
  });

  it("does not ignore a template", () => {
    expect(ignored(path.join(templates, "report.md"), templates)).toBe(false);
  });

  it("ignores the output folder when it lies inside a watched folder", () => {
    expect(ignored("/p/templates/out/2020/x.pdf", templates, "/p/templates/out")).toBe(true);
    expect(ignored("/p/templates/outline.md", templates, "/p/templates/out")).toBe(false);
  });
});
