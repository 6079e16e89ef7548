// `npm run bench` (SPEC §12): cold builds of the sample report, each in a fresh Node process as a
// user would run it, at 1×, 10× and 100× the sample's respondents: median wall time, median time
// of each stage and peak memory per size, and how each grows with the size. `--vs-r` times the R
// reference of ../shared/bench-r/ alternately with our build. A benchmark, not a test: machines
// are shared and noisy, so it prints medians with their ranges and the load average.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadLine } from "./bench/machine.js";
import { BENCH_USAGE, BenchUsageError, parseBenchArgs } from "./bench/options.js";
import { benchPreview, previewTable } from "./bench/preview.js";
import { benchSizes } from "./bench/sizes.js";
import { sizesTable } from "./bench/sizes-table.js";
import { benchVsR, vsRReport } from "./bench/vs-r.js";
import { perOrgBatch, perOrgReport } from "./bench/per-org.js";

const distDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(distDir, "..");
const cli = path.join(distDir, "itip.mjs");
const progress = (line: string) => process.stderr.write(`  ${line}\n`);

async function main(): Promise<number> {
  let options;
  try {
    options = parseBenchArgs(process.argv.slice(2), repoRoot);
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    console.error(`${error.message}\n\n${BENCH_USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(BENCH_USAGE);
    return 0;
  }
  const scratch = mkdtempSync(path.join(tmpdir(), "itip-bench-"));
  const cleanUp = () => rmSync(scratch, { recursive: true, force: true });
  process.once("SIGINT", () => {
    cleanUp();
    process.exit(130);
  });
  try {
    console.log(`start: ${loadLine()}`);
    let failed = false;
    if (options.sizes.length > 0) {
      const sizes = await benchSizes({
        cli,
        repoRoot,
        sizes: options.sizes,
        sampleRuns: options.sampleRuns,
        scratch,
        progress,
      });
      console.log(
        `\nitip build (cold: a fresh process per run) at ${options.sizes.map((s) => `${s}×`).join(", ")} the sample's respondents; medians`,
      );
      console.log(sizesTable(sizes));
      failed = sizes.some((s) => s.failure !== undefined);
    }

    if (options.sizes.length > 0) {
      console.log(
        "\nitip preview: from saving templates/report.md to the new PDF (SPEC §12: ≤ 300 ms)",
      );
      const preview = await benchPreview({ repoRoot, scratch, editsPerKind: options.sampleRuns });
      console.log(previewTable(preview));
    }
    if (options.perOrg) {
      console.log(`\nbenchmark reports (itip build --per-org of the sample, cold, once)`);
      try {
        console.log(
          perOrgReport(
            perOrgBatch({
              cli,
              cwd: repoRoot,
              inputDir: path.join(repoRoot, "input"),
              outDir: path.join(scratch, "output-per-org"),
            }),
          ),
        );
      } catch (error) {
        console.log(`failed: ${error instanceof Error ? error.message : String(error)}`);
        failed = true;
      }
    }

    if (options.vsR) {
      console.log(`\nR reference (${options.rDir}) against our cold build`);
      const result = benchVsR({
        cli,
        repoRoot,
        rDir: options.rDir,
        pairs: options.pairs,
        outDir: path.join(scratch, "output-vs-r"),
        progress,
      });
      if ("skipped" in result) console.log(`skipped: ${result.skipped}`);
      else if ("failed" in result) console.log(`a run failed (${result.failed})`);
      else console.log(vsRReport(result));
      failed ||= "failed" in result;
    }
    console.log(`\nend: ${loadLine()}`);
    // Every number is printed; a build that failed still makes the bench fail.
    return failed ? 1 : 0;
  } finally {
    cleanUp();
  }
}

process.exitCode = await main();
