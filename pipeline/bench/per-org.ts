// The benchmark-report batch (SPEC §12, issue 9): `itip build --per-org` of the sample once, in a
// fresh process, as a user runs it: how many reports, how long the batch took (stage 6b) and
// the whole build, reports per second, peak memory of the main process.
import { availableParallelism } from "node:os";
import { buildCommand, type ColdBuildOptions } from "./cold-build.js";
import { timeProcess } from "./process-timing.js";

export interface PerOrgRun {
  reports: number;
  failed: number;
  batchMs: number;
  /** CPU time of the batch (all threads): the wall time it needs on idle cores is about this / cores. */
  batchCpuMs: number;
  wallMs: number;
  maxRssMb: number;
}

export function perOrgBatch(options: ColdBuildOptions): PerOrgRun {
  const { wallMs, stdout } = timeProcess(buildCommand(options, ["--per-org"]), options.cwd);
  const result = JSON.parse(stdout) as {
    benchmark: { reports: number; failed: number; ms: number; cpuMs: number };
    maxRssMb: number;
  };
  const { reports, failed, ms, cpuMs } = result.benchmark;
  return { reports, failed, batchMs: ms, batchCpuMs: cpuMs, wallMs, maxRssMb: result.maxRssMb };
}

export function perOrgReport(run: PerOrgRun): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return [
    `reports      ${run.reports} (${run.failed} failed) on ${availableParallelism()} cores`,
    `batch        ${s(run.batchMs)}  ${((run.reports / run.batchMs) * 1000).toFixed(1)} reports/s  (goal: all in ≤ 30 s)`,
    `batch CPU    ${s(run.batchCpuMs)} over all threads: ${(run.batchCpuMs / run.reports).toFixed(0)} ms per report; on ${availableParallelism()} idle cores ≈ ${s(run.batchCpuMs / availableParallelism())}`,
    `whole build  ${s(run.wallMs)} wall, national report included; peak RSS ${run.maxRssMb} MB (main process)`,
  ].join("\n");
}
