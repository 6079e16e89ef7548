// `itip validate`: ingest and check only (SPEC §8). Nothing is written; the result says per
// file what was detected and how many rows were read, accepted and rejected.
import { ItipError } from "./errors.js";
import { ingestYear } from "./ingest/ingest.js";
import type { Reject } from "./ingest/types.js";
import { loadTemplates } from "./templates/load-templates.js";

export interface ValidationReport {
  ok: boolean;
  files: Array<{
    file: string;
    encoding: string;
    delimiter: string;
    rows: number;
    accepted: number;
    rejected: number;
  }>;
  errors: Array<{
    file: string;
    line: number | null;
    column: number | null;
    code: string;
    message: string;
  }>;
  rejects: Reject[];
}

export async function validate(
  inputDir: string,
  templatesDir: string,
  years: readonly number[],
): Promise<ValidationReport> {
  const { questionnaire } = await loadTemplates(templatesDir);
  const report: ValidationReport = { ok: true, files: [], errors: [], rejects: [] };
  for (const year of years) {
    try {
      const ingested = await ingestYear({ inputDir, year, questionnaire });
      for (const f of ingested.files)
        report.files.push({
          file: f.file,
          encoding: f.dialect.encoding,
          delimiter: f.dialect.delimiter === "\t" ? "tab" : f.dialect.delimiter,
          rows: f.rowsRead,
          accepted: f.rowsAccepted,
          rejected: f.rowsRejected,
        });
      report.rejects.push(...ingested.rejects);
    } catch (error) {
      if (!(error instanceof ItipError)) throw error;
      report.errors.push({
        file: error.location?.file ?? String(year),
        line: error.location?.line ?? null,
        column: error.location?.column ?? null,
        code: error.code,
        message: error.message,
      });
    }
  }
  report.ok = report.errors.length === 0 && report.rejects.length === 0;
  return report;
}

export function formatValidation(report: ValidationReport): string {
  const header = ["file", "encoding", "delim", "rows", "accepted", "rejected"];
  const rows = report.files.map((f) => [
    f.file,
    f.encoding,
    f.delimiter,
    String(f.rows),
    String(f.accepted),
    String(f.rejected),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  const errors = report.errors.map(
    (e) =>
      `${e.file}${e.line ? `:${e.line}` : ""}${e.column ? `:${e.column}` : ""} ${e.code}: ${e.message}`,
  );
  const summary = `${report.rejects.length} rejected rows or cells, ${report.errors.length} file errors`;
  return [line(header), ...rows.map(line), ...errors, summary].join("\n");
}
