// manifest.json (SPEC §4): what went in (files with sha256 and detected dialect), what came out,
// how many rows were read, accepted and rejected per file, versions and timings per stage.
import { createHash } from "node:crypto";
import type { FileReport, Notice } from "../ingest/types.js";

export interface Manifest {
  tool: { name: string; version: string };
  year: number;
  sample: boolean;
  /** `--weights`: calibrated (the default) or sector. */
  weights: "calibrated" | "sector";
  inputs: Array<{
    file: string;
    sha256: string;
    encoding: string;
    delimiter: string;
    lineEnding: string;
    decimal: string;
    rows: { read: number; accepted: number; rejected: number };
  }>;
  /** What the analyst should know that rejected nothing, e.g. dataset columns no question uses. */
  notices: Notice[];
  templates: Array<{ file: string; sha256: string }>;
  /** What the templates name that the report year left out, and why (SPEC §7). */
  leftOut: Array<{ file: string; line: number; column: number; what: string; reason: string }>;
  outputs: Array<{ file: string; sha256: string; bytes: number }>;
  versions: Record<string, string>;
  timingsMs: Record<string, number>;
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export function inputEntries(files: readonly FileReport[]): Manifest["inputs"] {
  return files.map((f) => ({
    file: f.file,
    sha256: f.sha256,
    encoding: f.dialect.encoding,
    delimiter: f.dialect.delimiter === "\t" ? "tab" : f.dialect.delimiter,
    lineEnding: f.dialect.lineEnding,
    decimal: f.dialect.decimal,
    rows: { read: f.rowsRead, accepted: f.rowsAccepted, rejected: f.rowsRejected },
  }));
}
