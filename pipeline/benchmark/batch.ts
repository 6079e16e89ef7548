// The benchmark batch: one report per organisation, built in a pool of worker threads (piscina)
// across the cores, or in this process when no worker file is given (tests, a single --org).
// A report that fails is recorded with its error; the others are still built.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { ExitCode } from "../errors.js";
import type { BenchmarkShared } from "./benchmark-report.js";
import type { ProgressSink } from "./progress-bar.js";
import type { OrgProfile } from "./types.js";
import { benchmarkOutcome, type WorkerOutcome } from "./outcome.js";

export interface BatchOptions {
  shared: BenchmarkShared;
  organisations: readonly OrgProfile[];
  /** The bundled worker (dist/benchmark-worker.mjs); in this process when undefined. */
  workerFile: string | undefined;
  threads: number;
  progress?: ProgressSink | undefined;
}

export interface ReportOutcome {
  organisation: OrgProfile;
  /** Path inside the year's folder: virksomheter/<id>.pdf (empty when the report failed). */
  file: string;
  pdf: Uint8Array | undefined;
  sha256: string;
  error: { code: string; message: string; exitCode: number } | undefined;
}

export async function runBatch(options: BatchOptions): Promise<ReportOutcome[]> {
  const build = options.workerFile
    ? await poolBuilder(options.workerFile, options.shared, options.threads)
    : inProcessBuilder(options.shared);
  const one = async (organisation: OrgProfile) => {
    const outcome = await build.run(organisation).catch((error: unknown): WorkerOutcome => ({
      ok: false,
      code: "INTERNAL",
      message: error instanceof Error ? error.message : String(error),
      exitCode: ExitCode.internal,
    }));
    options.progress?.tick();
    return toReportOutcome(organisation, outcome);
  };
  try {
    // In this process one after another: vega's text metrics and SVG ids are global.
    const outcomes: ReportOutcome[] = [];
    if (options.workerFile) outcomes.push(...(await Promise.all(options.organisations.map(one))));
    else for (const organisation of options.organisations) outcomes.push(await one(organisation));
    options.progress?.done();
    return outcomes.sort((a, b) => a.organisation.id.localeCompare(b.organisation.id));
  } finally {
    await build.close();
  }
}

const requireHere = createRequire(import.meta.url);

/** Reports drawn in this process, one after another. */
function inProcessBuilder(shared: BenchmarkShared) {
  return {
    run: (organisation: OrgProfile) => benchmarkOutcome(shared, organisation),
    close: async () => {},
  };
}

async function poolBuilder(workerFile: string, shared: BenchmarkShared, threads: number) {
  // Loaded only here: a build without --per-org does not pay for it. Required, not imported: the
  // command line runs as a script from V8's code cache, where import() is not available
  // (launch/code-cache.ts).
  const { Piscina } = requireHere("piscina") as typeof import("piscina");
  const pool = new Piscina({
    filename: workerFile,
    workerData: shared,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    // A report needs ~70 MB of heap whatever the number of respondents (a worker gets the
    // estimates and one profile at a time); without a limit V8 let the batch reach ~850 MB of RSS.
    resourceLimits: { maxOldGenerationSizeMb: 320 },
  });
  return {
    run: (organisation: OrgProfile) => pool.run(organisation) as Promise<WorkerOutcome>,
    close: () => pool.destroy(),
  };
}

function toReportOutcome(organisation: OrgProfile, outcome: WorkerOutcome): ReportOutcome {
  if (!outcome.ok)
    return {
      organisation,
      file: "",
      pdf: undefined,
      sha256: "",
      error: { code: outcome.code, message: outcome.message, exitCode: outcome.exitCode },
    };
  return {
    organisation,
    file: `virksomheter/${organisation.id}.pdf`,
    pdf: outcome.pdf,
    sha256: createHash("sha256").update(outcome.pdf).digest("hex"),
    error: undefined,
  };
}
