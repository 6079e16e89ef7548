// Stage 6b, benchmark reports (`itip build --per-org`): benchmark.md planned once for the year,
// a profile for every organisation with a complete response (privacy rules applied), one PDF per
// organisation built by the pool, and index.csv. What it returns, publish writes under
// virksomheter/ beside the national report.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ExitCode, ItipError } from "../errors.js";
import type { Availability } from "../report/template/availability.js";
import { planReport, type LeftOut } from "../report/template/plan.js";
import type { YearDesign } from "../survey/types.js";
import type { BenchmarkShared } from "./benchmark-report.js";
import { runBatch, type ReportOutcome } from "./batch.js";
import { benchmarkIndexCsv } from "./index-csv.js";
import { orgProfiles } from "./org-profiles.js";
import type { ProgressSink } from "./progress-bar.js";

export const BENCHMARK_TEMPLATE = "benchmark.md";

export interface BenchmarkStageInput {
  templatesDir: string;
  designs: readonly YearDesign[];
  /** Everything of BenchmarkShared but the planned template and its charts. */
  shared: Omit<BenchmarkShared, "template" | "charts">;
  findingIds: readonly string[];
  available: Availability;
  /** `--org`: only these organisations (ids); every respondent when undefined. */
  only: readonly string[] | undefined;
  workerFile: string | undefined;
  threads: number;
  progress?: ((total: number) => ProgressSink) | undefined;
}

export interface BenchmarkStageResult {
  files: Array<{ name: string; data: string | Uint8Array }>;
  outcomes: ReportOutcome[];
  leftOut: LeftOut[];
  failed: number;
  /** CPU time of the batch, every thread of the process: what it costs apart from the machine's load. */
  cpuMs: number;
  /** 0 when every report was written; else the exit code of the first failure. */
  exitCode: number;
}

export async function benchmarkStage(input: BenchmarkStageInput): Promise<BenchmarkStageResult> {
  const { shared, leftOut } = await plannedBenchmark(input);
  const profiles = orgProfiles({
    designs: input.designs,
    estimates: shared.estimates,
    definitions: shared.definitions,
  });
  const organisations = selectOrganisations(profiles, input.only, shared.year);
  const cpu = process.cpuUsage();
  const outcomes = await runBatch({
    shared,
    organisations,
    workerFile: input.workerFile,
    threads: Math.max(1, Math.min(input.threads, organisations.length)),
    progress: input.progress?.(organisations.length),
  });
  const used = process.cpuUsage(cpu);
  const failures = outcomes.filter((o) => o.error);
  return {
    cpuMs: Math.round((used.user + used.system) / 1000),
    files: [
      ...outcomes.flatMap((o) => (o.pdf ? [{ name: o.file, data: o.pdf }] : [])),
      { name: "virksomheter/index.csv", data: benchmarkIndexCsv(outcomes) },
    ],
    outcomes,
    leftOut,
    failed: failures.length,
    exitCode: failures[0]?.error?.exitCode ?? ExitCode.ok,
  };
}

/** benchmark.md read and planned for the year: what every report of the batch shares. */
export async function plannedBenchmark(
  input: Pick<BenchmarkStageInput, "templatesDir" | "shared" | "findingIds" | "available">,
): Promise<{ shared: BenchmarkShared; leftOut: LeftOut[] }> {
  const text = await readFile(path.join(input.templatesDir, BENCHMARK_TEMPLATE), "utf8");
  const file = path.join(path.basename(input.templatesDir), BENCHMARK_TEMPLATE);
  const { definitions, questionnaire } = input.shared;
  const plan = planReport(
    { file, text },
    {
      definitions,
      questions: questionnaire.questions,
      findingIds: input.findingIds,
      perOrganisation: true,
    },
    input.available,
  );
  return {
    shared: {
      ...input.shared,
      template: { file, text: plan.text },
      charts: plan.charts.map((c) => c.request),
    },
    leftOut: plan.leftOut,
  };
}

function selectOrganisations<T extends { id: string }>(
  profiles: readonly T[],
  only: readonly string[] | undefined,
  year: number,
): T[] {
  if (only === undefined) return [...profiles];
  return only.map((id) => {
    const found = profiles.find((p) => p.id === id);
    if (!found)
      throw new ItipError(
        "ORG_NOT_RESPONDENT",
        `organisation "${id}" has no complete response in ${year}, so it gets no benchmark report; use an id of frame.csv whose answer is complete (see microdata.csv).`,
        { exitCode: ExitCode.usage },
      );
    return found;
  });
}
