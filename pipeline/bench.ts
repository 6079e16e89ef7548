// `npm run bench`: builds the sample report several times, each in a fresh Node process as a
// user would run it, and prints the median wall time, the median time of each stage and the
// peak memory. A benchmark, not a test: machines are shared and noisy, so read medians.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), "itip.mjs");

interface RunResult {
  wallMs: number;
  timingsMs: Record<string, number>;
  maxRssMb: number;
}

function runOnce(outDir: string): RunResult {
  const start = performance.now();
  const child = spawnSync(process.execPath, [cli, "build", "--json", "--out", outDir], {
    encoding: "utf8",
  });
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`build failed (${child.status}):\n${child.stderr}`);
  const result = JSON.parse(child.stdout) as {
    timingsMs: Record<string, number>;
    maxRssMb: number;
  };
  return { wallMs, timingsMs: result.timingsMs, maxRssMb: result.maxRssMb };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const outDir = mkdtempSync(path.join(tmpdir(), "itip-bench-"));
try {
  runOnce(outDir); // warm the file cache; not counted
  const runs = Array.from({ length: RUNS }, () => runOnce(outDir));
  const stages = Object.keys(runs[0]!.timingsMs);
  const rows: Array<[string, number]> = [
    ["wall (whole process)", median(runs.map((r) => r.wallMs))],
    ...stages.map((s): [string, number] => [
      `  ${s}`,
      median(runs.map((r) => r.timingsMs[s] ?? 0)),
    ]),
  ];
  console.log(`itip build, sample input, median of ${RUNS} runs`);
  for (const [name, ms] of rows) console.log(`${name.padEnd(24)}${ms.toFixed(1).padStart(9)} ms`);
  console.log(
    `${"peak RSS".padEnd(24)}${median(runs.map((r) => r.maxRssMb))
      .toFixed(0)
      .padStart(9)} MB`,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
