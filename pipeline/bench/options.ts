// The bench's command line. `npm run bench` alone builds the sample and the 10× and 100× inputs;
// `--vs-r` alone runs only the R comparison (add --sizes to run both).
import path from "node:path";
import { parseArgs } from "node:util";

export const BENCH_USAGE = `usage: npm run bench -- [--sizes 1,10,100] [--runs 5] [--per-org] [--vs-r [--pairs 5] [--r-dir DIR]]

  --sizes LIST  multiples of the sample's respondents to build (default 1,10,100; 1 alone is quick).
                10× and 100× are generated into a temporary folder first (not timed); counted runs:
                --runs at 1× (after one warm-up), 3 at 10×, 1 at 100×.
  --runs N      counted runs of the 1× build (default 5, or BENCH_RUNS).
  --per-org     the benchmark reports of the sample (itip build --per-org) once: reports/s and
                the total. Run by default; alone it runs only this.
  --vs-r        the R reference against our cold build, alternately, --pairs pairs (default 5).
                Alone it runs only this comparison.
  --r-dir DIR   the R reference (run.sh and its R files); default ITIP_BENCH_R, else
                ../shared/bench-r next to the repository.`;

export interface BenchOptions {
  sizes: number[];
  sampleRuns: number;
  vsR: boolean;
  perOrg: boolean;
  pairs: number;
  rDir: string;
  help: boolean;
}

export class BenchUsageError extends Error {}

function positiveInteger(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new BenchUsageError(`${name} takes a whole number ≥ 1, not "${value}"`);
  return n;
}

export function parseBenchArgs(
  args: readonly string[],
  repoRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): BenchOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        sizes: { type: "string" },
        runs: { type: "string" },
        "vs-r": { type: "boolean", default: false },
        "per-org": { type: "boolean", default: false },
        pairs: { type: "string", default: "5" },
        "r-dir": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new BenchUsageError((error as Error).message);
  }
  const { values } = parsed;
  const vsR = values["vs-r"] ?? false;
  const onlyChosen = vsR || (values["per-org"] ?? false);
  const sizesText = values.sizes ?? (onlyChosen ? "" : "1,10,100");
  const sizes = sizesText
    .split(",")
    .filter((s) => s.trim() !== "")
    .map((s) => positiveInteger(s.trim(), "--sizes"));
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    sampleRuns: positiveInteger(values.runs ?? env.BENCH_RUNS ?? "5", "--runs"),
    vsR,
    perOrg: (values["per-org"] ?? false) || !onlyChosen,
    pairs: positiveInteger(values.pairs ?? "5", "--pairs"),
    rDir: path.resolve(
      repoRoot,
      values["r-dir"] ?? env.ITIP_BENCH_R ?? path.join("..", "shared", "bench-r"),
    ),
    help: values.help ?? false,
  };
}
