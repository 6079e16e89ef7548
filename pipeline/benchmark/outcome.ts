// One benchmark report as an outcome: the PDF, or the error that stopped it (code, message,
// exit code) caught and described, so that a batch records the failure and goes on.
import { ItipError, ExitCode } from "../errors.js";
import { benchmarkPdf, type BenchmarkShared } from "./benchmark-report.js";
import type { OrgProfile } from "./types.js";

export type WorkerOutcome =
  { ok: true; pdf: Uint8Array } | { ok: false; code: string; message: string; exitCode: number };

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
