#!/usr/bin/env node
// `itip`: the command line (SPEC §8). Parses arguments, runs one command, and turns every
// error into a message (in CI, an input or template error of build and validate into a GitHub
// annotation) and an exit code: 0 ok, 1 input, 2 usage, 3 template, 70 internal.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { BenchmarkStageResult } from "./benchmark/benchmark-stage.js";
import { progressBar } from "./benchmark/progress-bar.js";
import path from "node:path";
import { build, yearsUpTo } from "./build.js";
import { diffPublications, formatPublicationsDiff } from "./diff/diff.js";
import { ExitCode, ItipError } from "./errors.js";
import { initYear, nextSteps } from "./init-year.js";
import { parseOverrides } from "./ingest/overrides.js";
import { runPreview } from "./preview/preview.js";
import { PlanStore, usePlanStore } from "./shaping/stored-plans.js";
import { KeptBetweenRuns } from "./kept-between-runs.js";
import { useCompiledChartStore, type CompiledChart } from "./charts/compiled-charts.js";
import { WEIGHTINGS, type Weighting } from "./survey/types.js";
import { validate, formatValidation, validationAnnotations } from "./validate.js";
import {
  errorAnnotation,
  OUTPUT_FORMATS,
  outputFormat,
  type OutputFormat,
} from "./workflow-annotations.js";

const USAGE = `Usage: itip <command> [options]

Commands:
  build      build the report: itip build [--year 2020] [--input input] [--templates templates]
             [--out output] [--strict] [--quiet] [--json] [--weights calibrated|sector]
             [--delimiter ";"|","|tab] [--encoding utf-8|utf-16le|windows-1252]
             [--per-org [--org <id> …]]: also a benchmark report (templates/benchmark.md) for
             every organisation that answered, into <out>/<year>/virksomheter/
  validate   ingest and check only: itip validate [--year Y | --all] [--input input] [--json]
             [--strict] [--delimiter ";"|","|tab] [--encoding utf-8|utf-16le|windows-1252]
  preview    build, then build again on every change to the templates or the input, running
             only what the change affects; one line per build: itip preview [--year Y]
             [--input input] [--templates templates] [--out output] [--quiet]
             [--weights calibrated|sector]
  sample     regenerate the sample input deterministically: itip sample [--input input]
  init-year  start next year's input folder with last year's frame.csv, and say what to do
             next: itip init-year 2021 [--input input] [--templates templates] [--json]
  diff       what changed between two publications: itip diff <old> <new> [--markdown]
             [--templates templates]. <old> and <new> are year folders (output/2020) or output
             folders (output), compared year by year. Lists every number of indicators.csv that
             changed (indicator, group, year, old → new; "beyond rounding" when the report shows
             it differently: shares in whole percent, means with one decimal), indicators and
             rows added or removed, and changed counts of rejects by file and code. --markdown
             writes it for a CI summary. Exit 0 whether or not anything changed.

--format text|github: github prints problems (input, template) as GitHub Actions annotations,
  ::error file=…,line=…,col=…,title=CODE::message; the default when GITHUB_ACTIONS is set.
  validate --json keeps its output and prints the annotations on stderr.

Exit codes: 0 ok, 1 input errors, 2 usage, 3 template errors, 70 internal error.`;

const OPTIONS = {
  year: { type: "string" },
  input: { type: "string", default: "input" },
  templates: { type: "string", default: "templates" },
  out: { type: "string", default: "output" },
  strict: { type: "boolean", default: false },
  quiet: { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  all: { type: "boolean", default: false },
  "per-org": { type: "boolean", default: false },
  org: { type: "string", multiple: true },
  delimiter: { type: "string" },
  encoding: { type: "string" },
  weights: { type: "string" },
  format: { type: "string" },
  markdown: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
  });
  const command = positionals[0];
  if (values.help || command === undefined) {
    console.log(USAGE);
    return values.help ? ExitCode.ok : ExitCode.usage;
  }
  const year = parseYear(values.year);
  const inputDir = path.resolve(values.input);
  const format = outputFormat(parseFormat(values.format));
  try {
    return await run(command, year, inputDir, format, values, positionals);
  } catch (error) {
    // validate and build annotate a problem of the input or the templates; usage stays text.
    const annotated =
      (command === "build" || command === "validate") &&
      error instanceof ItipError &&
      (error.exitCode === ExitCode.input || error.exitCode === ExitCode.template);
    if (format !== "github" || !annotated) throw error;
    process.stderr.write(`${errorAnnotation(error, inputDir)}\n`);
    return error.exitCode;
  }
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>["values"];

async function run(
  command: string,
  year: number | undefined,
  inputDir: string,
  format: OutputFormat,
  values: Values,
  positionals: string[],
): Promise<number> {
  switch (command) {
    case "build": {
      if (values.org && !values["per-org"])
        throw usageError("--org chooses organisations for --per-org: add --per-org.");
      const quietProgress = values.quiet || values.json;
      const kept = openKeptStores();
      const result = await build({
        perOrg: values["per-org"]
          ? {
              only: values.org,
              workerFile: benchmarkWorkerFile(),
              threads: availableParallelism(),
              progress: (total) =>
                progressBar({
                  total,
                  write: (text) => process.stderr.write(text),
                  isTTY: process.stderr.isTTY === true,
                  quiet: quietProgress,
                }),
            }
          : undefined,
        year,
        inputDir,
        templatesDir: path.resolve(values.templates),
        outDir: path.resolve(values.out),
        strict: values.strict,
        weights: parseWeights(values.weights),
        overrides: parseOverrides(values),
        progress:
          values.quiet || values.json ? undefined : (line) => process.stderr.write(`${line}\n`),
      });
      kept.save();
      if (values.json)
        console.log(
          JSON.stringify({
            ok: true,
            ...result.published,
            rowsRejected: result.rowsRejected,
            ...(result.benchmark
              ? {
                  benchmark: {
                    reports: result.benchmark.outcomes.length,
                    failed: result.benchmark.failed,
                    ms: result.timingsMs.benchmark,
                    cpuMs: result.benchmark.cpuMs,
                  },
                }
              : {}),
            timingsMs: result.timingsMs,
            // resourceUsage reports kilobytes on Linux.
            maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
          }),
        );
      else if (!values.quiet)
        process.stderr.write(`wrote ${path.relative(process.cwd(), result.published.pdf)}\n`);
      if (result.benchmark) {
        if (!values.json)
          process.stderr.write(benchmarkSummary(result.benchmark, result.timingsMs, values.quiet));
        return result.benchmark.exitCode;
      }
      return ExitCode.ok;
    }
    case "preview": {
      // Ctrl+C ends the preview (exit 0); errors of a build are printed and the watching goes on.
      const stop = new AbortController();
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop.abort());
      await runPreview({
        year,
        inputDir,
        templatesDir: path.resolve(values.templates),
        outDir: path.resolve(values.out),
        weights: parseWeights(values.weights),
        overrides: parseOverrides(values),
        print: (line) => process.stderr.write(`${line}\n`),
        ...(values.quiet ? {} : { progress: (line: string) => process.stderr.write(`${line}\n`) }),
        signal: stop.signal,
      });
      return ExitCode.ok;
    }
    case "validate": {
      const years = values.all
        ? await yearsUpTo(inputDir, undefined)
        : [year ?? (await yearsUpTo(inputDir, undefined)).at(-1)!];
      const report = await validate(inputDir, path.resolve(values.templates), years, {
        strict: values.strict,
        overrides: parseOverrides(values),
      });
      const annotations =
        format === "github" ? validationAnnotations(report, inputDir, values.strict) : undefined;
      if (values.json) {
        console.log(JSON.stringify(report, null, 2));
        if (annotations?.length) process.stderr.write(`${annotations.join("\n")}\n`);
      } else console.log(formatValidation(report, annotations));
      return report.ok ? ExitCode.ok : ExitCode.input;
    }
    case "diff": {
      const [oldFolder, newFolder] = positionals.slice(1);
      if (oldFolder === undefined || newFolder === undefined || positionals.length > 3)
        throw usageError("diff takes two folders, like `itip diff old-output/2020 output/2020`.");
      const diff = await diffPublications(oldFolder, newFolder, path.resolve(values.templates));
      console.log(formatPublicationsDiff(diff, values.markdown));
      return ExitCode.ok;
    }
    case "sample": {
      // Loaded only here: the generator's modules would add ~100 ms to every build.
      const { runSample } = await import("./sample/index.js");
      const result = await runSample({ inputDir, templatesDir: path.resolve(values.templates) });
      if (!values.quiet)
        process.stderr.write(
          `generated ${result.files} files, ${result.written} changed, under ${values.input}/\n`,
        );
      return ExitCode.ok;
    }
    case "init-year": {
      const raw = positionals[1];
      if (raw === undefined || positionals.length > 2)
        throw usageError("init-year takes the year to start, like `itip init-year 2021`.");
      const result = await initYear({ inputDir: values.input, year: parseYear(raw, "the year")! });
      if (values.json) console.log(JSON.stringify(result));
      else if (!values.quiet) {
        const repeat = [
          values.input === OPTIONS.input.default ? "" : `--input ${values.input}`,
          values.templates === OPTIONS.templates.default ? "" : `--templates ${values.templates}`,
        ];
        const steps = nextSteps({
          year: result.year,
          previousYear: result.previousYear,
          inputDir: values.input,
          templatesDir: values.templates,
          commandOptions: repeat.filter(Boolean).join(" "),
          sampleMarker: result.sampleMarker,
        });
        process.stderr.write(`${steps.join("\n")}\n`);
      }
      return ExitCode.ok;
    }
    default:
      throw usageError(`unknown command "${command}".`);
  }
}

/** The pool's worker, bundled beside this file (dist/benchmark-worker.mjs). */
function benchmarkWorkerFile(): string | undefined {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "benchmark-worker.mjs");
  return existsSync(file) ? file : undefined;
}

/** The batch in a few lines: reports written, failures with their errors, the rate. */
function benchmarkSummary(
  result: BenchmarkStageResult,
  timings: Record<string, number>,
  quiet: boolean,
): string {
  const ms = timings.benchmark ?? 0;
  const ok = result.outcomes.length - result.failed;
  const rate = ms > 0 ? (result.outcomes.length / ms) * 1000 : 0;
  const lines = [
    quiet
      ? ""
      : `benchmark reports: ${ok} written, ${result.failed} failed in ${(ms / 1000).toFixed(1)} s (${rate.toFixed(1)} reports/s); see virksomheter/index.csv`,
    ...result.outcomes.flatMap((o) =>
      o.error
        ? [
            `  failed ${o.organisation.id} (${o.organisation.navn}): ${o.error.code}: ${o.error.message}`,
          ]
        : [],
    ),
  ];
  const shown = lines.filter(Boolean);
  return shown.length ? `${shown.join("\n")}\n` : "";
}

function parseYear(raw: string | undefined, what = "--year"): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{4}$/.test(raw)) throw usageError(`${what} must be a year like 2020, not "${raw}".`);
  return Number(raw);
}

function parseFormat(raw: string | undefined): OutputFormat | undefined {
  if (raw === undefined) return undefined;
  if (!(OUTPUT_FORMATS as readonly string[]).includes(raw))
    throw usageError(`--format must be text or github, not "${raw}".`);
  return raw as OutputFormat;
}

function parseWeights(raw: string | undefined): Weighting | undefined {
  if (raw === undefined) return undefined;
  if (!(WEIGHTINGS as readonly string[]).includes(raw))
    throw usageError(`--weights must be calibrated or sector, not "${raw}".`);
  return raw as Weighting;
}

function usageError(message: string): ItipError {
  return new ItipError("USAGE", `${message} Run \`itip --help\` for usage.`, {
    exitCode: ExitCode.usage,
  });
}

function report(error: unknown): number {
  if (error instanceof ItipError) {
    process.stderr.write(`${error.format()}\n`);
    return error.exitCode;
  }
  if (
    error instanceof TypeError &&
    "code" in error &&
    String(error.code).startsWith("ERR_PARSE_ARGS")
  ) {
    process.stderr.write(`USAGE: ${error.message}. Run \`itip --help\` for usage.\n`);
    return ExitCode.usage;
  }
  // A bug, not a problem with the input: say so, and keep the stack for the bug report.
  process.stderr.write(
    `INTERNAL: ${error instanceof Error ? error.message : String(error)}\n` +
      `This is a bug in itip, not in your input. Please report it with the output of ITIP_DEBUG=1.\n`,
  );
  if (process.env.ITIP_DEBUG && error instanceof Error) {
    process.stderr.write(`${error.stack}\n`);
    // The bundle is written without line breaks (scripts/bundle.mjs); its source maps lead back.
    if (!process.sourceMapsEnabled)
      process.stderr.write(
        "(For lines in pipeline/ rather than dist/: NODE_OPTIONS=--enable-source-maps.)\n",
      );
  }
  return ExitCode.internal;
}

/**
 * What the command line keeps between runs beside its code cache (set by the launcher): the
 * fonts' shaping plans (ITIP_FONT_PLANS) and the charts' compiled Vega (ITIP_COMPILED_CHARTS),
 * put in use; `save` writes them after a build.
 */
function openKeptStores(): { save(): void } {
  const { ITIP_FONT_PLANS: plansFile, ITIP_COMPILED_CHARTS: chartsFile } = process.env;
  const plans = plansFile ? PlanStore.open(plansFile) : undefined;
  const charts = chartsFile ? KeptBetweenRuns.open<CompiledChart>(chartsFile) : undefined;
  usePlanStore(plans);
  useCompiledChartStore(charts);
  return {
    save() {
      plans?.save();
      charts?.save();
    },
  };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = report(error);
  },
);
