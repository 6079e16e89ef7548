import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanLeftovers, stagingFolder, swapIn } from "./folder-swap.js";

let out: string;
let target: string;
beforeEach(async () => {
  out = await mkdtemp(path.join(tmpdir(), "itip-swap-"));
  target = path.join(out, "2020");
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

/** A folder with one file holding `text`, and one in a subfolder. */
async function folderWith(folder: string, text: string): Promise<void> {
  await mkdir(path.join(folder, "charts"), { recursive: true });
  await writeFile(path.join(folder, "report.txt"), text);
  await writeFile(path.join(folder, "charts", "a.svg"), text);
}

/** The id of a process that has ended. */
function endedPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

describe("swapIn", () => {
  it("puts the staging folder in the place of the year folder, subfolders and all", async () => {
    await folderWith(target, "old");
    await writeFile(path.join(target, "stray.tmp"), "");
    const staging = stagingFolder(target);
    await folderWith(staging, "new");
    await swapIn(staging, target);
    expect(await readdir(out)).toEqual(["2020"]);
    expect((await readdir(target)).sort()).toEqual(["charts", "report.txt"]);
    expect(await readFile(path.join(target, "charts", "a.svg"), "utf8")).toBe("new");
  });

  it("publishes a first time when there is no year folder yet", async () => {
    const staging = stagingFolder(target);
    await folderWith(staging, "new");
    await swapIn(staging, target);
    expect(await readdir(out)).toEqual(["2020"]);
  });
});

describe("cleanLeftovers", () => {
  it("deletes the staging folder of a killed run and keeps the publication", async () => {
    await folderWith(target, "published");
    const staging = path.join(out, `.2020.staging-${endedPid()}`);
    await folderWith(staging, "half");
    expect(await cleanLeftovers(target)).toEqual([path.basename(staging)]);
    expect(await readdir(out)).toEqual(["2020"]);
    expect(await readFile(path.join(target, "report.txt"), "utf8")).toBe("published");
  });

  it("puts back the previous publication of a run killed between its two renames", async () => {
    const pid = endedPid();
    await folderWith(path.join(out, `.2020.previous-${pid}`), "previous");
    await folderWith(path.join(out, `.2020.staging-${pid}`), "new");
    await cleanLeftovers(target);
    expect(await readdir(out)).toEqual(["2020"]);
    expect(await readFile(path.join(target, "report.txt"), "utf8")).toBe("previous");
  });

  it("deletes the trash of a run killed while deleting, and never takes it for a publication", async () => {
    const trash = path.join(out, `.2020.trash-${endedPid()}`);
    await mkdir(trash);
    await writeFile(path.join(trash, "report.txt"), "half deleted");
    expect(await cleanLeftovers(target)).toEqual([path.basename(trash)]);
    expect(await readdir(out)).toEqual([]);
  });

  it("leaves alone the folders of a process still running, and other years'", async () => {
    await folderWith(target, "published");
    // Process 1 is always running.
    const running = ".2020.staging-1";
    await folderWith(path.join(out, running), "being written");
    await folderWith(path.join(out, `.2019.staging-${endedPid()}`), "another year");
    expect(await cleanLeftovers(target)).toEqual([]);
    expect((await readdir(out)).length).toBe(3);
  });
});
