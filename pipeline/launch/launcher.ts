#!/usr/bin/env node
// dist/itip.mjs: runs the command line's bundle (dist/itip.cjs) from V8's code cache
// (code-cache.ts). The cache is written after the first successful `itip build`, the command that
// runs nearly all of the code; so are the fonts' shaping plans (ITIP_FONT_PLANS) and the charts'
// compiled Vega (ITIP_COMPILED_CHARTS), read and written by the command line. ITIP_CODE_CACHE=0 runs without either (to compare);
// ITIP_CODE_CACHE=report says on stderr whether the cache was used.
import { fileURLToPath } from "node:url";
import {
  codeCacheFile,
  compiledChartsFile,
  fontPlansFile,
  runCommonJsBundle,
} from "./code-cache.js";

/** The bundle's sha256 and whether it is ASCII, put here by scripts/bundle.mjs. */
declare const ITIP_BUNDLE_SHA256: string;
declare const ITIP_BUNDLE_ASCII: boolean;

const bundle = fileURLToPath(new URL("./itip.cjs", import.meta.url));
const setting = process.env.ITIP_CODE_CACHE;
const cacheFile = setting === "0" ? undefined : codeCacheFile(bundle, ITIP_BUNDLE_SHA256);
// The fonts' shaping plans and the charts' compiled Vega are kept with the code cache, and off
// with it.
if (setting !== "0") {
  process.env.ITIP_FONT_PLANS ??= fontPlansFile(bundle, ITIP_BUNDLE_SHA256);
  process.env.ITIP_COMPILED_CHARTS ??= compiledChartsFile(bundle, ITIP_BUNDLE_SHA256);
}
const run = runCommonJsBundle(bundle, cacheFile, ITIP_BUNDLE_ASCII);
if (setting === "report") process.stderr.write(`code cache: ${run.cache}\n`);

process.on("exit", (code) => {
  if (code !== 0 || process.argv[2] !== "build") return;
  const saved = run.saveCache();
  if (setting === "report") process.stderr.write(`code cache: ${saved ? "written" : "kept"}\n`);
});
