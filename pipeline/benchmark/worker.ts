// A worker of the benchmark pool (piscina): the shared data arrive once as workerData, and the
// expensive set-up (fonts parsed, vega loaded, the template planned) happens once per worker, on
// its first report. Each task is one organisation; a failure is returned, not thrown, so that
// the batch records it and goes on.
import { workerData } from "piscina";
import type { BenchmarkShared } from "./benchmark-report.js";
import { benchmarkOutcome, type WorkerOutcome } from "./outcome.js";
import type { OrgProfile } from "./types.js";

const shared = workerData as BenchmarkShared;

export default async function buildOne(organisation: OrgProfile): Promise<WorkerOutcome> {
  return benchmarkOutcome(shared, organisation);
}
