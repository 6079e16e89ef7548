// A worker of the benchmark pool (piscina): the shared data arrive once as workerData, and the
// expensive set-up (fonts parsed, vega loaded, the template planned) happens once per worker, on
// its first report. Each task is one organisation; a failure is returned, not thrown, so that
// the batch records it and goes on.
import { workerData } from "piscina";
import { ItipError, ExitCode } from "../errors.js";
import { benchmarkPdf, type BenchmarkShared } from "./benchmark-report.js";
import type { OrgProfile } from "./types.js";

export type WorkerOutcome =
  { ok: true; pdf: Uint8Array } | { ok: false; code: string; message: string; exitCode: number };

const shared = workerData as BenchmarkShared;

export default async function buildOne(organisation: OrgProfile): Promise<WorkerOutcome> {
  return benchmarkOutcome(shared, organisation);
}

/** One report, its failure caught and described (also used in-process). */
export async function benchmarkOutcome(
  data: BenchmarkShared,
  organisation: OrgProfile,
): Promise<WorkerOutcome> {
  try {
    const pdf = await benchmarkPdf(data, organisation);
    return { ok: true, pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) };
  } catch (error) {
    if (error instanceof ItipError)
      return { ok: false, code: error.code, message: error.message, exitCode: error.exitCode };
    return {
      ok: false,
      code: "INTERNAL",
      message: error instanceof Error ? error.message : String(error),
      exitCode: ExitCode.internal,
    };
  }
}
