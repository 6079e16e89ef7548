// Starting the command line from V8's code cache. A cold build spent about half a second
// reading and compiling 3.5 MB of JavaScript (Vega, Vega-Lite, the pipeline), then compiling
// each function on its first call. V8 can keep the result: the first `itip build`
// after bundling writes it next to the bundle (dist/.code-cache/), and every later process reads
// it instead of compiling again, as Node 22's module compile cache does (Node 20 has it only for
// scripts, hence a CommonJS bundle run through vm.Script; scripts/bundle.mjs).
//
// The cache is named by the bundle's sha256 and the Node version: V8 itself checks only the
// source's length and its own version and flags. V8 refuses a cache made under other V8 flags;
// the run then compiles as without one and writes a cache of its own. A cache that cannot be
// read or written is no error: the command runs as it would without.
//
// A script has no import(): a script read from the cache loses the callback Node would give it.
// The pipeline therefore loads what it loads lazily with require() (scripts/bundle.mjs checks).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";
import { writeFileAtomically } from "../write-file-atomically.js";

export type CacheUse = "off" | "none" | "used" | "rejected";

export interface BundleRun {
  /** Whether a cache was read and taken, refused by V8, absent, or not looked for. */
  cache: CacheUse;
  /** Writes the cache from what the run compiled (only if it had none it could use). */
  saveCache(): boolean;
}

/** dist/.code-cache/itip-<hash>-<node version>-<arch>.bin */
export function codeCacheFile(bundleFile: string, bundleHash: string): string {
  return besideBundle(bundleFile, bundleHash, `${process.version}-${process.arch}.bin`);
}

/**
 * dist/.code-cache/itip-<hash>-font-plans.json: the fonts' shaping plans, which the command line
 * keeps there too (shaping/stored-plans.ts). Named by the bundle's hash, as the plans are read by
 * its code; bundling again keeps them for an unchanged bundle (scripts/bundle.mjs).
 */
export function fontPlansFile(bundleFile: string, bundleHash: string): string {
  return besideBundle(bundleFile, bundleHash, "font-plans.json");
}

/**
 * dist/.code-cache/itip-<hash>-compiled-charts.json: the charts' compiled Vega
 * (charts/compiled-charts.ts), named by the bundle's hash as it holds Vega and Vega-Lite.
 */
export function compiledChartsFile(bundleFile: string, bundleHash: string): string {
  return besideBundle(bundleFile, bundleHash, "compiled-charts.json");
}

/** dist/.code-cache/itip-<hash>-<what>: bundle.mjs keeps the files of an unchanged bundle. */
function besideBundle(bundleFile: string, bundleHash: string, what: string): string {
  const name = `${path.basename(bundleFile, ".cjs")}-${bundleHash.slice(0, 16)}-${what}`;
  return path.join(path.dirname(bundleFile), ".code-cache", name);
}

/**
 * How Node wraps a CommonJS module; scripts/bundle.mjs writes the bundle inside it, so that V8
 * compiles the file's text as it is. Wrapping it here made a second copy of 4.7 MB, and flattening
 * it into one string for V8 cost ~15 ms at every start.
 */
export const MODULE_WRAPPER = {
  head: "(function (exports, require, module, __filename, __dirname) {",
  tail: "\n})",
};

/**
 * Runs a CommonJS bundle written inside MODULE_WRAPPER as its own module, with the code cache
 * unless `cacheFile` is undefined. `ascii`: the bundle is ASCII (scripts/bundle.mjs checks it), so
 * it is read as latin1, a one-byte string without decoding; a readable bundle may not be (its
 * comments), and is read as UTF-8.
 */
export function runCommonJsBundle(
  bundleFile: string,
  cacheFile: string | undefined,
  ascii: boolean,
): BundleRun {
  const source = readFileSync(bundleFile, ascii ? "latin1" : "utf8");
  const cachedData = cacheFile === undefined ? undefined : readOrUndefined(cacheFile);
  const script = new vm.Script(source, {
    filename: bundleFile,
    ...(cachedData ? { cachedData } : {}),
  });
  const cache: CacheUse =
    cacheFile === undefined
      ? "off"
      : !cachedData
        ? "none"
        : script.cachedDataRejected
          ? "rejected"
          : "used";
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} };
  const require = createRequire(bundleFile);
  run.call(module.exports, module.exports, require, module, bundleFile, path.dirname(bundleFile));
  return {
    cache,
    saveCache: () =>
      cacheFile !== undefined &&
      cache !== "used" &&
      writeFileAtomically(cacheFile, script.createCachedData()),
  };
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
