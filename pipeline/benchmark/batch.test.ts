// A report that fails does not stop the batch (issue 9): the others are written, the failure is
// recorded in index.csv with its error, and the exit code says that something failed. Checked
// in this process and through the worker pool of the bundled build.
import { existsSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../errors.js";
import { projectRoot } from "../package-info.js";
import { benchmarkStageInput, sampleStatistics } from "../testdata/benchmark/sample-statistics.js";
import type { BenchmarkShared } from "./benchmark-report.js";
import { plannedBenchmark } from "./benchmark-stage.js";
import { runBatch, type ReportOutcome } from "./batch.js";
import { benchmarkIndexCsv } from "./index-csv.js";
import { orgProfiles } from "./org-profiles.js";
import type { OrgProfile } from "./types.js";

const WORKER = path.join(projectRoot(), "dist", "benchmark-worker.mjs");

let shared: BenchmarkShared;
let organisations: OrgProfile[];

beforeAll(async () => {
  const stats = await sampleStatistics();
  ({ shared } = await plannedBenchmark(benchmarkStageInput(stats)));
  const profiles = orgProfiles({
    designs: stats.designs,
    estimates: stats.estimates,
    definitions: stats.templates.definitions,
  });
  const [first, second, third] = profiles;
  // The second organisation's profile lost its answers: its report cannot be built.
  organisations = [first!, { ...second!, answers: [] }, third!];
});

function expectOneFailure(outcomes: ReportOutcome[]) {
  const broken = organisations[1]!.id;
  expect(outcomes.map((o) => [o.organisation.id, o.error === undefined])).toEqual(
    organisations.map((o) => [o.id, o.id !== broken]),
  );
  const failed = outcomes.find((o) => o.organisation.id === broken)!;
  expect(failed.error).toEqual({
    code: "INTERNAL",
    message: expect.stringContaining(`is not in the profile of ${broken}`),
    exitCode: ExitCode.internal,
  });
  for (const ok of outcomes.filter((o) => !o.error))
    expect(Buffer.from(ok.pdf!).subarray(0, 5).toString()).toBe("%PDF-");
  const index = parse(benchmarkIndexCsv(outcomes), { columns: true }) as Array<
    Record<string, string>
  >;
  const row = index.find((r) => r.id === broken)!;
  expect([row.file, row.sha256]).toEqual(["", ""]);
  expect(row.status).toMatch(/^failed: INTERNAL: .*is not in the profile of/);
  expect(index.filter((r) => r.status === "ok")).toHaveLength(2);
}

describe("a failing benchmark report", () => {
  it("is recorded while the others are built, in this process", async () => {
    expectOneFailure(await runBatch({ shared, organisations, workerFile: undefined, threads: 1 }));
  });

  it.skipIf(!existsSync(WORKER))(
    "is recorded while the others are built, in the worker pool",
    async () => {
      let ticks = 0;
      const outcomes = await runBatch({
        shared,
        organisations,
        workerFile: WORKER,
        threads: 2,
        progress: { tick: () => ticks++, done: () => {} },
      });
      expectOneFailure(outcomes);
      expect(ticks).toBe(3);
    },
  );
});
