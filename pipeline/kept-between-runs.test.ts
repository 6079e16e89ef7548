// The command line's store of values between runs: a store that is missing, unreadable or
// unwritable is no error; a run keeps what it used and nothing else.
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { KeptBetweenRuns } from "./kept-between-runs.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "itip-kept-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("values kept between runs", () => {
  test("a missing or unreadable file is an empty store, and saving writes one", async () => {
    const file = path.join(dir, "a.json");
    await writeFile(file, "{ not json");
    const store = KeptBetweenRuns.open<number>(file);
    expect(store.get("x")).toBeUndefined();
    store.set("x", 1);
    expect(store.save()).toBe(true);
    expect(KeptBetweenRuns.open<number>(file).get("x")).toBe(1);
    expect(KeptBetweenRuns.open<number>(path.join(dir, "missing.json")).get("x")).toBeUndefined();
  });

  test("a run keeps what it used, and forgets what it did not use or deleted", () => {
    const file = path.join(dir, "b.json");
    const first = KeptBetweenRuns.open<string>(file);
    for (const key of ["used", "unused", "deleted"]) first.set(key, key);
    expect(first.save()).toBe(true);

    const second = KeptBetweenRuns.open<string>(file);
    expect(second.get("used")).toBe("used");
    expect(second.get("deleted")).toBe("deleted");
    second.delete("deleted");
    expect(second.save()).toBe(true);

    const third = KeptBetweenRuns.open<string>(file);
    expect(["used", "unused", "deleted"].map((key) => third.get(key))).toEqual([
      "used",
      undefined,
      undefined,
    ]);
  });

  test("a run that used everything and added nothing leaves the file alone", async () => {
    const file = path.join(dir, "c.json");
    const first = KeptBetweenRuns.open<number>(file);
    first.set("x", 1);
    first.save();
    const past = new Date("2020-01-01");
    await utimes(file, past, past);
    const second = KeptBetweenRuns.open<number>(file);
    second.get("x");
    expect(second.save()).toBe(true);
    expect((await stat(file)).mtime).toEqual(past);
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual({ entries: { x: 1 } });
  });

  test("a store that cannot be written says so and does not throw", async () => {
    const blocked = path.join(dir, "a-file");
    await writeFile(blocked, "");
    const store = KeptBetweenRuns.open<number>(path.join(blocked, "store.json"));
    store.set("x", 1);
    expect(store.save()).toBe(false);
  });
});
