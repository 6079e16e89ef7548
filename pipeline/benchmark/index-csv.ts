// virksomheter/index.csv: one row per organisation of the batch, with the file and its checksum,
// or the error that stopped its report.
import { toCsv } from "../publish/csv.js";
import type { ReportOutcome } from "./batch.js";

export const INDEX_HEADER = ["id", "orgnr", "navn", "sector", "file", "sha256", "status"] as const;

export function benchmarkIndexCsv(outcomes: readonly ReportOutcome[]): string {
  return toCsv(
    INDEX_HEADER,
    outcomes.map(({ organisation: o, file, sha256, error }) => [
      o.id,
      o.orgnr,
      o.navn,
      o.sektor,
      // The path from index.csv's own folder.
      file.replace(/^virksomheter\//, ""),
      sha256,
      error ? `failed: ${error.code}: ${error.message}` : "ok",
    ]),
  );
}
