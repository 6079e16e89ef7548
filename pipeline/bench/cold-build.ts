// A cold build: `itip build` in a fresh Node process, as a user runs it. The wall time is taken
// from outside; the stage times and the peak memory come from the build's own `--json` line
// (`maxRssMb` is process.resourceUsage().maxRSS of the build process: the kernel's peak RSS).
import { timeProcess } from "./process-timing.js";

export interface ColdRun {
  wallMs: number;
  /** Stage → milliseconds, in the order the build ran them. */
  timingsMs: Record<string, number>;
  maxRssMb: number;
}

export interface ColdBuildOptions {
  /** dist/itip.mjs */
  cli: string;
  /** The repository: `templates/` is read from here. */
  cwd: string;
  inputDir: string;
  outDir: string;
}

export function coldBuild(options: ColdBuildOptions): ColdRun {
  const { wallMs, stdout } = timeProcess(buildCommand(options), options.cwd);
  const result = JSON.parse(stdout) as { timingsMs: Record<string, number>; maxRssMb: number };
  return { wallMs, timingsMs: result.timingsMs, maxRssMb: result.maxRssMb };
}

/** `node dist/itip.mjs build --json --input … --out …`, plus `extra` options. */
export function buildCommand(options: ColdBuildOptions, extra: readonly string[] = []): string[] {
  return [
    process.execPath,
    options.cli,
    "build",
    ...extra,
    "--json",
    "--input",
    options.inputDir,
    "--out",
    options.outDir,
  ];
}
