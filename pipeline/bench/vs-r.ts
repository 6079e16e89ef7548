// `npm run bench -- --vs-r`: the R reference of ../shared/bench-r/ (survey + ggplot2 + a PDF,
// what a statistician would write for the same job; SPEC §12) against our cold build of the
// sample, run alternately — ours, R, ours, R… — so that both see the same machine while its
// load drifts. run.sh prepares R's data once and prints the command to time.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { duration, table } from "./format.js";
import { ProcessFailed, timeProcess } from "./process-timing.js";
import { spread, type Spread } from "./stats.js";

export const R_PACKAGES = ["survey", "ggplot2"] as const;
export const R_INSTALL = "apt-get install -y r-base-core r-cran-survey r-cran-ggplot2";

export interface VsROptions {
  /** dist/itip.mjs */
  cli: string;
  repoRoot: string;
  /** The folder holding run.sh and its R files. */
  rDir: string;
  pairs: number;
  outDir: string;
  progress: (line: string) => void;
}

export type VsRResult =
  | { skipped: string }
  /** A run exited with an error: which, and its first line of stderr. */
  | { failed: string }
  | { rVersion: string; rCommand: string; ours: number[]; r: number[] };

/** R's version, or why R cannot run the reference (not installed, a package missing). */
export function findR(): { version: string } | { missing: string } {
  const check = [
    "cat(R.version.string, '\\n')",
    `for (p in c(${R_PACKAGES.map((p) => `'${p}'`).join(", ")})) if (!requireNamespace(p, quietly = TRUE)) { cat('MISSING', p, '\\n'); quit(status = 3) }`,
  ].join("; ");
  const child = spawnSync("Rscript", ["-e", check], { encoding: "utf8" });
  if (child.error) return { missing: "Rscript is not on PATH" };
  const missing = /MISSING (\S+)/.exec(child.stdout);
  if (missing) return { missing: `the R package ${missing[1]} is not installed` };
  if (child.status !== 0) return { missing: `Rscript failed: ${child.stderr.trim()}` };
  return { version: child.stdout.trim() };
}

/** Runs run.sh (which prepares R's data the first time) and returns the command it prints. */
function prepareR(rDir: string): string[] {
  const child = spawnSync("bash", [path.join(rDir, "run.sh")], { encoding: "utf8" });
  if (child.error || child.status !== 0)
    throw new Error(`${path.join(rDir, "run.sh")} failed:\n${child.stderr}`);
  const lines = child.stdout.trim().split("\n");
  const command = lines[lines.length - 1]?.trim() ?? "";
  if (command === "") throw new Error(`${path.join(rDir, "run.sh")} printed no command`);
  // The command is plain words (env VAR=… Rscript file.R out.pdf cairo): no shell needed.
  return command.split(/\s+/);
}

export function benchVsR(options: VsROptions): VsRResult {
  const { rDir } = options;
  if (!existsSync(path.join(rDir, "run.sh")))
    return {
      skipped: `no run.sh in ${rDir}: point --r-dir (or ITIP_BENCH_R) at the R reference`,
    };
  const r = findR();
  if ("missing" in r)
    return {
      skipped: `${r.missing}. Install R and its packages (Debian/Ubuntu, as root): ${R_INSTALL}`,
    };
  try {
    return alternate({ ...options, rVersion: r.version });
  } catch (error) {
    if (!(error instanceof ProcessFailed)) throw error;
    return { failed: `exit ${error.exit}: ${error.firstLine}` };
  }
}

function alternate(options: VsROptions & { rVersion: string }): VsRResult {
  const { cli, repoRoot, rDir, pairs, outDir, progress } = options;
  const started = performance.now();
  const rArgv = prepareR(rDir);
  progress(`R reference prepared in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const oursArgv = [process.execPath, cli, "build", "--quiet", "--out", outDir];
  const ours: number[] = [];
  const rTimes: number[] = [];
  // One pair not counted: it loads both from disk into the file cache.
  timeProcess(oursArgv, repoRoot);
  timeProcess(rArgv, repoRoot);
  for (let i = 1; i <= pairs; i++) {
    ours.push(timeProcess(oursArgv, repoRoot).wallMs);
    rTimes.push(timeProcess(rArgv, repoRoot).wallMs);
    progress(
      `pair ${i}/${pairs}: ours ${(ours[i - 1]! / 1000).toFixed(2)} s, R ${(rTimes[i - 1]! / 1000).toFixed(2)} s`,
    );
  }
  return { rVersion: options.rVersion, rCommand: rArgv.join(" "), ours, r: rTimes };
}

/** Both medians and ranges, and the ratio R ÷ ours (above 1: ours is faster). */
export function vsRReport(
  result: Exclude<VsRResult, { skipped: string } | { failed: string }>,
): string {
  const ours = spread(result.ours);
  const r = spread(result.r);
  const pairRatios = spread(result.r.map((ms, i) => ms / (result.ours[i] ?? Number.NaN)));
  const ratio = r.median / ours.median;
  return [
    `${result.rVersion}; R command: ${result.rCommand}`,
    `${ours.n} pairs run alternately (ours, R, …) after one pair not counted; wall time of the whole process`,
    table([
      ["", "median", "range"],
      ["ours: itip build --quiet (sample, 13 years)", duration(ours.median), range(ours)],
      ["R reference (survey + ggplot2 + PDF)", duration(r.median), range(r)],
    ]),
    `R ÷ ours = ${ratio.toFixed(2)} (median of R's times over median of ours; above 1 means ours is faster)`,
    `R ÷ ours pair by pair: median ${pairRatios.median.toFixed(2)}, range ${pairRatios.min.toFixed(2)}–${pairRatios.max.toFixed(2)}`,
  ].join("\n");
}

function range(s: Spread): string {
  return `${duration(s.min)}–${duration(s.max)}`;
}
