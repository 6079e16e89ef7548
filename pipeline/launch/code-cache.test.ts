// The command line from V8's code cache: a first run compiles and may write the cache, a later
// run takes it, a cache V8 refuses or cannot read is no error, a changed bundle has another
// cache; and the bundled `itip build` gives the same report with the cache as without.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeCacheFile, MODULE_WRAPPER, runCommonJsBundle } from "./code-cache.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "itip-code-cache-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * A CommonJS bundle as scripts/bundle.mjs writes one (inside Node's module wrapper) that records
 * what it was given, with a function called once.
 */
async function bundle(name: string, body = "1 + 1"): Promise<string> {
  const file = path.join(dir, `${name}.cjs`);
  await writeFile(
    file,
    `#!/usr/bin/env node\n${MODULE_WRAPPER.head}function work() { return ${body}; }\n` +
      `globalThis.ran = { work: work(), dirname: __dirname, filename: __filename, ` +
      `path: require("node:path").basename(__filename), own: module.exports === exports };` +
      MODULE_WRAPPER.tail,
  );
  return file;
}

const ran = () => (globalThis as unknown as { ran: Record<string, unknown> }).ran;

describe("running a CommonJS bundle from the code cache", () => {
  it("runs it as a module of its own: require, module, __filename and __dirname", async () => {
    const file = await bundle("module");
    runCommonJsBundle(file, undefined, true);
    expect(ran()).toEqual({
      work: 2,
      dirname: dir,
      filename: file,
      path: "module.cjs",
      own: true,
    });
  });

  it("reads a bundle that is not ASCII as UTF-8 (a readable bundle keeps its comments)", async () => {
    const file = await bundle("utf8", `"Blåbær – 50 %"`);
    runCommonJsBundle(file, undefined, false);
    expect(ran().work).toBe("Blåbær – 50 %");
  });

  it("reads an ASCII bundle as latin1, without decoding", async () => {
    const file = await bundle("ascii", `"Blaabaer - 50 %"`);
    runCommonJsBundle(file, undefined, true);
    expect(ran().work).toBe("Blaabaer - 50 %");
  });

  it("writes the cache after a run without one, and the next run takes it", async () => {
    const file = await bundle("cached");
    const cache = codeCacheFile(file, "a".repeat(64));
    const first = runCommonJsBundle(file, cache, true);
    expect(first.cache).toBe("none");
    expect(first.saveCache()).toBe(true);
    expect(existsSync(cache)).toBe(true);

    // In this process V8 compiles the same source once; that a new process takes the cache is
    // the bundled build's test below.
    const second = runCommonJsBundle(file, cache, true);
    expect(second.cache).toBe("used");
    expect(ran().work).toBe(2);
    // A cache that was taken is not written again.
    expect(second.saveCache()).toBe(false);
  });

  it("runs without the cache where V8 refuses it, and writes a good one in its place", async () => {
    const file = await bundle("refused");
    const cache = codeCacheFile(file, "b".repeat(64));
    await mkdir(path.dirname(cache), { recursive: true });
    await writeFile(cache, Buffer.from("not a code cache"));
    const run = runCommonJsBundle(file, cache, true);
    expect(run.cache).toBe("rejected");
    expect(ran().work).toBe(2);
    expect(run.saveCache()).toBe(true);
    expect((await readFile(cache)).toString()).not.toBe("not a code cache");
  });

  it("names the cache by the bundle's content, the Node version and the architecture", () => {
    const file = path.join(dir, "itip.cjs");
    const one = codeCacheFile(file, "1".repeat(64));
    expect(one).toBe(
      path.join(
        dir,
        ".code-cache",
        `itip-${"1".repeat(16)}-${process.version}-${process.arch}.bin`,
      ),
    );
    expect(codeCacheFile(file, "2".repeat(64))).not.toBe(one);
  });

  it("does not fail where the cache cannot be written", async () => {
    const file = await bundle("unwritable");
    const blocked = path.join(dir, "a-file");
    await writeFile(blocked, "");
    // The cache's folder would have to be a file's child.
    const run = runCommonJsBundle(file, path.join(blocked, "cache.bin"), true);
    expect(run.cache).toBe("none");
    expect(run.saveCache()).toBe(false);
  });
});

// The bundle `npm test` builds before running the tests.
const CLI = path.resolve("dist/itip.mjs");

describe.skipIf(!existsSync(CLI))("the bundled itip build", () => {
  const build = (out: string, setting: string) =>
    spawnSync(process.execPath, [CLI, "build", "--quiet", "--out", out], {
      env: { ...process.env, ITIP_CODE_CACHE: setting },
      encoding: "utf8",
    });

  it("takes the cache a build wrote, and writes the same report as without a cache", async () => {
    const [a, b, c] = ["first", "second", "uncached"].map((n) => path.join(dir, n));
    const first = build(a!, "report");
    expect(first.status).toBe(0);
    // Another test's build may have written it already.
    expect(first.stderr).toMatch(
      /code cache: (none|rejected)\ncode cache: written|code cache: used/,
    );
    const second = build(b!, "report");
    expect(second.status).toBe(0);
    expect(second.stderr).toContain("code cache: used\n");
    expect(build(c!, "0").status).toBe(0);
    const pdf = (out: string) => readFile(path.join(out, "2020", "it-i-praksis-2020.pdf"));
    expect((await pdf(b!)).equals(await pdf(c!))).toBe(true);
    expect((await pdf(a!)).equals(await pdf(c!))).toBe(true);
  }, 120_000);
});
