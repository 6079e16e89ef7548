import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BuildSession, contentKey, folderStamp } from "./build-session.js";

describe("memo", () => {
  it("computes a stage once while its inputs are the same values", () => {
    const session = new BuildSession();
    const data = { rows: 3 };
    let runs = 0;
    const stage = () => session.memo("count", [data, "x", 1], () => ++runs);
    expect([stage(), stage(), stage()]).toEqual([1, 1, 1]);
    expect(session.takeRan()).toEqual(["count"]);
  });

  it("computes again when an input is another object, even an equal one", () => {
    const session = new BuildSession();
    let runs = 0;
    session.memo("count", [{ rows: 3 }], () => ++runs);
    expect(session.memo("count", [{ rows: 3 }], () => ++runs)).toBe(2);
  });

  it("compares an array input element by element", () => {
    const session = new BuildSession();
    const a = {};
    const b = {};
    let runs = 0;
    session.memo("count", [[a, b]], () => ++runs);
    expect(session.memo("count", [[a, b]], () => ++runs)).toBe(1);
    expect(session.memo("count", [[b, a]], () => ++runs)).toBe(2);
    expect(session.memo("count", [[b]], () => ++runs)).toBe(3);
  });

  it("does not remember a stage that threw, nor one whose promise rejected", async () => {
    const session = new BuildSession();
    expect(() =>
      session.memo("sync", [1], () => {
        throw new Error("bad template");
      }),
    ).toThrow("bad template");
    expect(session.memo("sync", [1], () => "fixed")).toBe("fixed");
    await expect(session.memo("async", [1], () => Promise.reject(new Error("no")))).rejects.toThrow(
      "no",
    );
    expect(await session.memo("async", [1], () => Promise.resolve("fixed"))).toBe("fixed");
    expect(session.takeRan()).toEqual(["sync", "sync", "async", "async"]);
  });

  it("keeps the last good output of a stage when a later run with other inputs threw", () => {
    const session = new BuildSession();
    session.memo("plan", ["good"], () => "plan of good");
    expect(() =>
      session.memo("plan", ["broken"], () => {
        throw new Error("TEMPLATE");
      }),
    ).toThrow();
    expect(session.memo("plan", ["good"], () => "again")).toBe("plan of good");
  });
});

describe("keyed", () => {
  it("remembers outputs by key and logs the label of each computed one", async () => {
    const session = new BuildSession();
    const draw = (key: string) => session.keyed("draw", key, `chart-${key}`, async () => key + "!");
    expect(await draw("a")).toBe("a!");
    expect(await draw("b")).toBe("b!");
    expect(await draw("a")).toBe("a!");
    expect(session.takeRan()).toEqual(["draw chart-a", "draw chart-b"]);
    expect(session.takeRan()).toEqual([]);
  });

  it("forgets the least recently used output past 256", async () => {
    const session = new BuildSession();
    const draw = (key: number) => session.keyed("draw", String(key), String(key), async () => key);
    for (let key = 0; key < 257; key++) await draw(key);
    session.takeRan();
    await draw(256);
    await draw(1);
    await draw(0);
    expect(session.takeRan()).toEqual(["draw 0"]);
  });
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("folderStamp", () => {
  it("changes when a file is rewritten, added or removed, not when nothing happened", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "itip-stamp-"));
    try {
      await writeFile(path.join(folder, "a.csv"), "x");
      const first = await folderStamp(folder);
      expect(await folderStamp(folder)).toBe(first);
      // File times tick in steps of a few milliseconds (the kernel's clock tick).
      await tick();
      await writeFile(path.join(folder, "a.csv"), "x");
      const rewritten = await folderStamp(folder);
      expect(rewritten).not.toBe(first);
      await tick();
      await writeFile(path.join(folder, "b.csv"), "y");
      const added = await folderStamp(folder);
      expect(added).not.toBe(rewritten);
      await rm(path.join(folder, "b.csv"));
      expect(await folderStamp(folder)).not.toBe(added);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('is "missing" for a folder that is not there', async () => {
    expect(await folderStamp(path.join(tmpdir(), "itip-no-such-folder-1"))).toBe("missing");
  });
});

describe("contentKey", () => {
  it("is the same for equal JSON and differs otherwise", () => {
    expect(contentKey({ a: [1, 2] })).toBe(contentKey({ a: [1, 2] }));
    expect(contentKey({ a: [1, 2] })).not.toBe(contentKey({ a: [2, 1] }));
  });
});
