import { describe, expect, it } from "vitest";
import type { ColdRun } from "./cold-build.js";
import type { SizeResult } from "./sizes.js";
import { sizesTable } from "./sizes-table.js";
import { median } from "./stats.js";

const run = (wallMs: number, ingest: number, maxRssMb: number): ColdRun => ({
  wallMs,
  timingsMs: { ingest, charts: 500 },
  maxRssMb,
});

const size = (scale: number, runs: ColdRun[]): SizeResult => ({
  input: {
    scale,
    years: 13,
    respondents: 4000 * scale,
    datasetRows: 7000 * scale,
    bytes: 1e6 * scale,
    dirtyRows: [],
  },
  warmups: scale === 1 ? 1 : 0,
  runs,
});

describe("sizesTable", () => {
  it("prints medians per size and the growth from size to size", () => {
    const text = sizesTable([
      size(1, [run(1000, 100, 200), run(1200, 120, 210), run(900, 90, 190)]),
      size(10, [run(5000, 1000, 400)]),
    ]);
    const line = (label: string) => text.split("\n").find((l) => l.trimStart().startsWith(label));
    expect(line("respondents")).toMatch(/4,000\s+40,000\s+10\.0×$/);
    expect(line("runs counted")).toMatch(/3 \(\+1\)\s+1$/);
    expect(line("wall, median")).toMatch(/1\.00 s\s+5\.00 s\s+5\.0×$/);
    expect(line("wall, range")).toMatch(/900 ms–1\.20 s\s+\(one run\)$/);
    expect(line("ingest")).toMatch(/100 ms\s+1\.00 s\s+10\.0×$/);
    expect(line("charts")).toMatch(/500 ms\s+500 ms\s+1\.0×$/);
    expect(line("peak RSS")).toMatch(/200 MB\s+400 MB\s+2\.0×$/);
    expect(line("ms per 1,000")).toMatch(/250\s+125$/);
  });

  it("shows a size whose build failed with dashes and says why under the table", () => {
    const failed = { ...size(100, []), failure: "exit 70: INTERNAL: it broke" };
    const text = sizesTable([size(1, [run(1000, 100, 200)]), failed]);
    const line = (label: string) => text.split("\n").find((l) => l.trimStart().startsWith(label));
    expect(line("wall, median")).toMatch(/1\.00 s\s+–$/);
    expect(line("wall, range")).toMatch(/\(failed\)$/);
    expect(line("respondents")).toMatch(/400,000\s+100\.0×$/);
    expect(line("ms per 1,000")).toMatch(/250\s+–$/);
    expect(text.split("\n").at(-1)).toBe("100×: a build failed (exit 70: INTERNAL: it broke)");
  });

  it("takes the median of an even number of runs as the mean of the middle two", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
