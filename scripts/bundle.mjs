// `npm run build`: bundles the command line, its benchmark-report worker and the bench and fuzz
// runners with esbuild into ES modules in dist/ (each entry and the chunks they
// share), so that a run loads a few files instead of hundreds and a newcomer's `npm start` does
// not wait for a compiler. Type checking is `tsc --noEmit` in `npm test`.
//
// Kept outside the bundle: pdfkit, which finds its standard fonts through its own package.json
// `imports` ("#standard-fonts/…"), piscina (the benchmark pool), which locates its own worker
// script through __dirname, and the optional `canvas` of vega-canvas, which we never use.
// fontkit, too, so that our fonts and pdfkit's are read by the one copy pdfkit imports; the
// Source Sans files are found at run time from node_modules (createRequire).
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Chunks are named by their content: a fresh folder, so that none of an earlier build is left.
rmSync("dist", { recursive: true, force: true });

const entries = {
  itip: "pipeline/cli.ts",
  bench: "pipeline/bench.ts",
  fuzz: "pipeline/ingest/fuzz/run.ts",
  // The benchmark pool's worker (itip build --per-org), loaded by piscina from beside itip.mjs.
  "benchmark-worker": "pipeline/benchmark/worker.ts",
};

await build({
  entryPoints: entries,
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  // Code shared by the entries (the command line and the benchmark worker) goes into chunks
  // beside them rather than into each.
  splitting: true,
  chunkNames: "[name]-[hash]",
  target: "node20",
  external: ["pdfkit", "fontkit", "canvas", "piscina"],
  // Bundled CommonJS packages call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // Without comments and indentation the sources are a third smaller and all ASCII (the comments
  // held a few "×" and "–"), which V8 reads and keeps as one-byte strings: ~100 ms sooner at
  // start-up and ~15 MB less at peak. Names stay, and the source maps lead a stack trace back to
  // pipeline/ (node --enable-source-maps).
  minifyWhitespace: true,
  sourcemap: "linked",
  sourcesContent: false,
  logLevel: "warning",
});
