// `itip validate`: ingest and check only (SPEC §8). Nothing is written; the result says per
// file what was detected and how many rows were read, accepted and rejected, every file-level
// error with its code and location, and every rejected row or cell.
import { ItipError } from "./errors.js";
import { ingestYear, type IngestOverrides } from "./ingest/ingest.js";
import type { Notice, Reject } from "./ingest/types.js";
import { loadTemplates } from "./templates/load-templates.js";
import { annotation } from "./workflow-annotations.js";

export interface ValidationFile {
  file: string;
  encoding: string;
  delimiter: string;
  rows: number;
  accepted: number;
  rejected: number;
}

export interface ValidationError {
  file: string;
  line: number | null;
  column: number | null;
  code: string;
  message: string;
}

export interface ValidationReport {
  /** No file-level error, and (with `strict`) no rejected row or cell: exit code 0. */
  ok: boolean;
  files: ValidationFile[];
  errors: ValidationError[];
  rejects: Reject[];
  /** Unmapped dataset columns: never a failure. */
  notices: Notice[];
}

export interface ValidateOptions {
  /** Rejected rows or cells make the validation fail, as `itip build --strict` would. */
  strict?: boolean;
  overrides?: IngestOverrides;
}

export async function validate(
  inputDir: string,
  templatesDir: string,
  years: readonly number[],
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const { questionnaire } = await loadTemplates(templatesDir);
  const report: ValidationReport = { ok: true, files: [], errors: [], rejects: [], notices: [] };
  // One year after the other: a file-level error in one year does not hide the others.
  for (const year of years) {
    try {
      const ingested = await ingestYear({
        inputDir,
        year,
        questionnaire,
        ...(options.overrides ? { overrides: options.overrides } : {}),
      });
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
      report.notices.push(...ingested.notices);
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
  report.ok = report.errors.length === 0 && !(options.strict && report.rejects.length > 0);
  return report;
}

/** `file:line:column CODE: message`, as every tool of the pipeline prints it. */
export function formatProblem(p: {
  file: string;
  line: number | null;
  column: number | null;
  code: string;
  message: string;
}): string {
  const where = [p.file, p.line, p.line === null ? null : p.column].filter((x) => x !== null);
  return `${where.join(":")} ${p.code}: ${p.message}`;
}

/** Rejects printed in the text summary; `--json` has them all. */
const MAX_LISTED = 50;

/**
 * The summary table, then the problems (by default as `file:line:column CODE: message`, the
 * rejects cut at 50), then one line saying whether it is ok.
 */
export function formatValidation(
  report: ValidationReport,
  problems: readonly string[] = problemLines(report),
): string {
  const header = ["file", "encoding", "delim", "rows", "accepted", "rejected", "errors"];
  const errorsOf = (file: string) => report.errors.filter((e) => e.file === file).length;
  const rows = report.files.map((f) => [
    f.file,
    f.encoding,
    f.delimiter,
    String(f.rows),
    String(f.accepted),
    String(f.rejected),
    String(errorsOf(f.file)),
  ]);
  // A file that stopped its year has no counts: it is listed with its error count only.
  for (const e of report.errors)
    if (!report.files.some((f) => f.file === e.file))
      rows.push([e.file, "-", "-", "-", "-", "-", String(errorsOf(e.file))]);
  // In year order (the failed files of a year next to its other files), each file once.
  const year = (row: string[]) => (row[0] ?? "").slice(0, 4);
  const unique = rows
    .filter((r, i) => rows.findIndex((o) => o[0] === r[0]) === i)
    .sort((a, b) => year(a).localeCompare(year(b)));
  const widths = header.map((h, i) => Math.max(h.length, ...unique.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const rowRejects = report.rejects.filter((r) => r.code.startsWith("ROW_")).length;
  const cellRejects = report.rejects.length - rowRejects;
  const summary =
    `${report.errors.length} file errors, ${rowRejects} rows rejected, ` +
    `${cellRejects} cells blanked, ${report.notices.length} notices: ` +
    (report.ok ? "ok" : "not ok");
  return [line(header), ...unique.map(line), ...problems, summary].join("\n");
}

function problemLines(report: ValidationReport): string[] {
  const listed = report.rejects.slice(0, MAX_LISTED).map(formatProblem);
  if (report.rejects.length > MAX_LISTED)
    listed.push(`… and ${report.rejects.length - MAX_LISTED} more rejects (--json lists them all)`);
  return [...report.errors.map(formatProblem), ...listed, ...report.notices.map(formatProblem)];
}

/**
 * Every problem as a GitHub Actions annotation (`--format github`): file-level errors as errors,
 * rejected rows and cells as warnings (errors with `strict`, which fails on them), notices as
 * notices. Input file names are relative to `inputDir`.
 */
export function validationAnnotations(
  report: ValidationReport,
  inputDir: string,
  strict = false,
): string[] {
  return [
    ...report.errors.map((e) => annotation("error", e, inputDir)),
    ...report.rejects.map((r) => annotation(strict ? "error" : "warning", r, inputDir)),
    ...report.notices.map((n) => annotation("notice", n, inputDir)),
  ];
}
