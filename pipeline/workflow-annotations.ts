// Problems as GitHub Actions workflow commands, so that CI shows each on the line it is about:
//   ::error file=input/2020/dataset.csv,line=12,col=3,title=CELL_CODE_UNKNOWN::The code …
// `itip validate` and `itip build` print them when GITHUB_ACTIONS is set or with `--format
// github`. Escaping follows the runner: in the message %, CR and LF; in a property also : and ,.
// File names are made relative to the working directory (the checkout in CI), with slashes.
import path from "node:path";
import type { SourceLocation } from "./errors.js";

export const OUTPUT_FORMATS = ["text", "github"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export type AnnotationLevel = "error" | "warning" | "notice";

/** A problem as validate reports it: where (any part may be unknown), code, message. */
export interface Problem {
  file?: string | undefined;
  line?: number | null | undefined;
  column?: number | null | undefined;
  code: string;
  message: string;
}

/** `--format` when given, else github inside a GitHub Actions run, else text. */
export function outputFormat(
  option: OutputFormat | undefined,
  env: NodeJS.ProcessEnv = process.env,
): OutputFormat {
  return option ?? (env.GITHUB_ACTIONS === "true" ? "github" : "text");
}

/**
 * One workflow command for a problem. `inputDir` is what input file names (`2020/dataset.csv`)
 * are relative to; template names are absolute already.
 */
export function annotation(
  level: AnnotationLevel,
  problem: Problem,
  inputDir: string,
  cwd: string = process.cwd(),
): string {
  const properties: Array<[string, string | number]> = [];
  if (problem.file) {
    const file = path.relative(cwd, path.resolve(inputDir, problem.file));
    properties.push(["file", file.split(path.sep).join("/")]);
  }
  if (problem.file && problem.line != null) {
    properties.push(["line", problem.line]);
    if (problem.column != null) properties.push(["col", problem.column]);
  }
  properties.push(["title", problem.code]);
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${level} ${list.join(",")}::${escapeData(problem.message)}`;
}

/** The problem an error carries (its location and code), as an annotation. */
export function errorAnnotation(
  error: { code: string; message: string; location: SourceLocation | undefined },
  inputDir: string,
  cwd?: string,
): string {
  const { file, line, column } = error.location ?? {};
  return annotation(
    "error",
    { file, line, column, code: error.code, message: error.message },
    inputDir,
    cwd,
  );
}

function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
