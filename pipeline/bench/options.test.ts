import path from "node:path";
import { describe, expect, it } from "vitest";
import { BenchUsageError, parseBenchArgs } from "./options.js";

const root = "/repo/main";

describe("parseBenchArgs", () => {
  it("builds 1×, 10× and 100× and the benchmark reports by default, five runs at 1×, no R", () => {
    expect(parseBenchArgs([], root, {})).toEqual({
      sizes: [1, 10, 100],
      sampleRuns: 5,
      vsR: false,
      perOrg: true,
      pairs: 5,
      rDir: path.resolve("/repo/shared/bench-r"),
      help: false,
    });
  });

  it("runs only the R comparison with --vs-r alone, and both when --sizes is given too", () => {
    expect(parseBenchArgs(["--vs-r"], root, {})).toMatchObject({
      sizes: [],
      vsR: true,
      perOrg: false,
    });
    expect(parseBenchArgs(["--per-org"], root, {})).toMatchObject({ sizes: [], perOrg: true });
    expect(parseBenchArgs(["--vs-r", "--sizes", "1"], root, {})).toMatchObject({
      sizes: [1],
      vsR: true,
    });
  });

  it("takes sizes in any order once each, runs from BENCH_RUNS, the R folder from ITIP_BENCH_R", () => {
    const options = parseBenchArgs(["--sizes", "10, 1,10"], root, {
      BENCH_RUNS: "3",
      ITIP_BENCH_R: "/opt/bench-r",
    });
    expect(options).toMatchObject({ sizes: [1, 10], sampleRuns: 3, rDir: "/opt/bench-r" });
    expect(parseBenchArgs(["--r-dir", "r", "--runs", "2"], root, {})).toMatchObject({
      rDir: "/repo/main/r",
      sampleRuns: 2,
    });
  });

  it("refuses what it does not know with a usage error", () => {
    expect(() => parseBenchArgs(["--sizes", "0"], root, {})).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(["--runs", "two"], root, {})).toThrow(/whole number/);
    expect(() => parseBenchArgs(["--fast"], root, {})).toThrow(BenchUsageError);
  });
});
