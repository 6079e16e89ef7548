// `npm run build`: bundles the command line, its benchmark-report worker and the bench and fuzz
// runners with esbuild into dist/, so that a run loads a few files instead of hundreds and a
// newcomer's `npm start` does not wait for a compiler. Type checking is `tsc --noEmit` in
// `npm test`.
//
//   dist/itip.cjs      the command line, one CommonJS script: Node 20 keeps V8's code cache
//                      only for scripts (pipeline/launch/code-cache.ts)
//   dist/itip.mjs      the `itip` command: a small launcher that runs itip.cjs from the cache
//   dist/*.mjs         the bench and fuzz runners and the benchmark pool's worker, as ES modules
//                      sharing chunks
//
// Kept outside the bundle: piscina (the benchmark pool), which locates its own worker script
// through __dirname, and the optional `canvas` of vega-canvas, which we never use. pdfkit and
// fontkit are inside (one copy of fontkit for our fonts and pdfkit's), so that they start from
// the code cache too; pdfkit's two package-relative files are pointed at the installed package
// (pdfkitInBundle below). The Source Sans files are found at run time from node_modules
// (createRequire).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { build } from "esbuild";

// Chunks are named by their content: a fresh folder, so that none of an earlier build is left;
// but for the code cache, which is named by the bundle's content too (launch/code-cache.ts): an
// unchanged bundle (`npm start` bundles again every time) keeps starting from it.
const CODE_CACHE = ".code-cache";
for (const name of existsSync("dist") ? readdirSync("dist") : [])
  if (name !== CODE_CACHE) rmSync(path.join("dist", name), { recursive: true, force: true });

/**
 * pdfkit finds two things relative to its own files, which a bundle moves: its standard fonts,
 * through its package.json `imports` ("#standard-fonts/Helvetica", loaded for the initial font of
 * every document), and the ICC profile of PDF/A. The fonts are bundled (their modules are plain
 * data); the profile is read from the installed package.
 */
const pdfkitInBundle = {
  name: "pdfkit-in-bundle",
  setup(build) {
    build.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, (args) => {
      const fonts = path.join(path.dirname(args.path), "standard-fonts");
      const source = readFileSync(args.path, "utf8");
      const contents = rewrite(source, [
        [
          /require\$1\('#standard-fonts\/(\w+)'\)/g,
          (_, name) => `require(${JSON.stringify(path.join(fonts, `${name}.cjs`))})`,
        ],
        [
          "new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url)",
          "new URL('./data/sRGB_IEC61966_2_1.icc', pathToFileURL(createRequire(import.meta.url).resolve('pdfkit')))",
        ],
        [
          "import { createRequire } from 'module';",
          "import { createRequire } from 'module';\nimport { pathToFileURL } from 'url';",
        ],
      ]);
      return { contents, loader: "js" };
    });
  },
};

/**
 * Packages whose set-up at load time every start paid for, loaded or set up when first used
 * instead (scripts/lazy/): the Unicode tries of fontkit, unicode-properties and linebreak, and the
 * AES of pdfkit's encryption.
 */
const lazyAtStart = {
  name: "lazy-at-start",
  setup(build) {
    const shims = { "unicode-trie": "unicode-trie.mjs", "@noble/ciphers/aes": "noble-aes.mjs" };
    const filter = /^(unicode-trie|@noble\/ciphers\/aes)$/;
    build.onResolve({ filter }, (args) => {
      const shim = path.resolve("scripts/lazy", shims[args.path]);
      // The shim itself loads the package.
      return args.importer === shim ? undefined : { path: shim };
    });
  },
};

/** Applies each replacement, failing if one no longer matches (a new pdfkit version). */
function rewrite(source, replacements) {
  return replacements.reduce((text, [pattern, replacement]) => {
    const replaced = text.replace(pattern, replacement);
    if (replaced === text)
      throw new Error(
        `pdfkit-in-bundle: pdfkit no longer contains ${pattern}; update scripts/bundle.mjs.`,
      );
    return replaced;
  }, source);
}

/** Node's module wrapper, as launch/code-cache.ts expects the bundle to be written. */
const MODULE_WRAPPER = {
  head: "(function (exports, require, module, __filename, __dirname) {",
  tail: "\n})",
};

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  external: ["canvas", "piscina"],
  plugins: [pdfkitInBundle, lazyAtStart],
  // vega-canvas's Node build awaits `import("canvas")` at the top level, which a script cannot
  // do; its browser build is the same without that (no canvas: Vega draws SVG here, and the text
  // widths come from our fonts, charts/text-metrics.ts).
  alias: { "vega-canvas": path.resolve("node_modules/vega-canvas/build/vega-canvas.browser.js") },
  // Without comments and indentation the sources are a third smaller and all ASCII (the comments
  // held a few "×" and "–"), which V8 reads and keeps as one-byte strings: ~100 ms sooner at
  // start-up and ~15 MB less at peak. Names stay, and the source maps lead a stack trace back to
  // pipeline/ (node --enable-source-maps). ITIP_BUNDLE_READABLE=1 keeps the lines, for profiles
  // (node --cpu-prof) that tell the functions on one line apart.
  minifyWhitespace: process.env.ITIP_BUNDLE_READABLE !== "1",
  sourcemap: "linked",
  sourcesContent: false,
  logLevel: "warning",
};

await build({
  ...common,
  entryPoints: {
    bench: "pipeline/bench.ts",
    fuzz: "pipeline/ingest/fuzz/run.ts",
    // The benchmark pool's worker (itip build --per-org), loaded by piscina from beside itip.mjs.
    "benchmark-worker": "pipeline/benchmark/worker.ts",
  },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  format: "esm",
  // Code shared by the entries goes into chunks beside them rather than into each.
  splitting: true,
  chunkNames: "[name]-[hash]",
  // Bundled CommonJS packages call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});

await build({
  ...common,
  entryPoints: { itip: "pipeline/cli.ts" },
  outfile: "dist/itip.cjs",
  format: "cjs",
  // The pipeline finds its package and its worker from import.meta.url.
  define: { "import.meta.url": "__itipModuleUrl" },
  // Written inside Node's module wrapper, which the launcher would otherwise add to a copy of
  // the whole text (launch/code-cache.ts).
  banner: {
    js:
      MODULE_WRAPPER.head +
      "const __itipModuleUrl = require('node:url').pathToFileURL(__filename).href;",
  },
  footer: { js: MODULE_WRAPPER.tail },
});

const bundleBytes = readFileSync("dist/itip.cjs");
const bundleText = bundleBytes.toString("latin1");

// A script run from V8's code cache has no import() (pipeline/launch/code-cache.ts).
const dynamicImport = /\bimport\((?!\))/.exec(bundleText);
if (dynamicImport)
  throw new Error(
    `dist/itip.cjs calls import() (at character ${dynamicImport.index}), which the code cache ` +
      "cannot run: load the module with require() (createRequire) instead.",
  );

// esbuild escapes non-ASCII characters in strings but not in regular expression literals; one
// "æ" there makes V8 hold the whole 4.7 MB source as two-byte text (launch/code-cache.ts).
const nonAscii = /[^\0-\x7f]/.exec(bundleText)?.index ?? -1;
if (nonAscii !== -1 && process.env.ITIP_BUNDLE_READABLE !== "1")
  throw new Error(
    `dist/itip.cjs is not ASCII at byte ${nonAscii} ` +
      `(${JSON.stringify(bundleBytes.subarray(nonAscii - 40, nonAscii + 12).toString("utf8"))}): ` +
      "write non-ASCII characters in regular expressions as \\u escapes.",
  );

const bundleSha256 = createHash("sha256").update(bundleBytes).digest("hex");
await build({
  ...common,
  entryPoints: { itip: "pipeline/launch/launcher.ts" },
  outfile: "dist/itip.mjs",
  format: "esm",
  sourcemap: false,
  define: {
    ITIP_BUNDLE_SHA256: JSON.stringify(bundleSha256),
    ITIP_BUNDLE_ASCII: JSON.stringify(nonAscii === -1),
  },
});

// The caches of other bundles are of no more use.
const cacheDir = path.join("dist", CODE_CACHE);
for (const name of existsSync(cacheDir) ? readdirSync(cacheDir) : [])
  if (!name.startsWith(`itip-${bundleSha256.slice(0, 16)}-`))
    rmSync(path.join(cacheDir, name), { force: true });
