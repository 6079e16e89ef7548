import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ItipError } from "../errors.js";
import { fixtureEstimates } from "../testdata/charts/fixtures.js";
import { context, definition, theme } from "../testdata/charts/inputs.js";
import { LocalDrawer, startChartDrawer, WorkerDrawer } from "./chart-drawer.js";
import { trendChart } from "./trend.js";
import type { ChartDefinition } from "./types.js";

// The bundle `npm test` builds before running the tests.
const BUNDLED_WORKER = new URL("../../dist/chart-worker.mjs", import.meta.url);

const trend = (): ChartDefinition =>
  trendChart({
    definition: definition("avanserte-tjenester"),
    estimates: fixtureEstimates(),
    context,
  });

describe("the chart drawer", () => {
  const worker = new WorkerDrawer(BUNDLED_WORKER);
  afterAll(() => worker.close());

  it("is this thread when run from source, where no bundled worker sits beside it", () => {
    expect(existsSync(BUNDLED_WORKER)).toBe(true);
    expect(startChartDrawer()).toBeInstanceOf(LocalDrawer);
  });

  it("draws the same SVG in the bundled worker as in this thread", async () => {
    const [inWorker, here] = await Promise.all([
      worker.draw(trend(), theme),
      new LocalDrawer().draw(trend(), theme),
    ]);
    expect(inWorker.svg).toBe(here.svg);
    expect(inWorker.svg).toContain("<svg");
    expect({ ...inWorker, svg: "" }).toEqual({ ...here, svg: "" });
  });

  it("gives back a chart's error with its code and exit code, and goes on drawing", async () => {
    const loading = { ...trend(), spec: { ...trend().spec, data: { url: "data.csv" } } };
    const error = await worker.draw(loading, theme).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ItipError);
    expect((error as ItipError).code).toBe("CHART_EXTERNAL_DATA");
    expect((error as ItipError).exitCode).toBe(3);
    await expect(worker.draw(trend(), theme)).resolves.toMatchObject({ id: trend().id });
  });

  it("draws nothing once closed", async () => {
    const closed = new WorkerDrawer(BUNDLED_WORKER);
    await closed.close();
    await expect(closed.draw(trend(), theme)).rejects.toThrow(/closed/);
  });
});

/** The files a bundled module loads before it runs: its static imports, transitively. */
function staticImports(file: URL, seen = new Set<string>()): Set<string> {
  if (seen.has(file.href)) return seen;
  seen.add(file.href);
  const text = readFileSync(fileURLToPath(file), "utf8");
  for (const [, name] of text.matchAll(/(?:from\s*|^import\s*)"(\.\/[^"]+\.mjs)"/gm))
    staticImports(new URL(name!, file), seen);
  return seen;
}

describe("the bundle", () => {
  const loads = (entry: string) =>
    [...staticImports(new URL(`../../dist/${entry}`, import.meta.url))].some((f) =>
      readFileSync(fileURLToPath(f), "utf8").includes("function renderHeadless"),
    );

  it("loads Vega in the chart worker only, not in the command line that starts it", () => {
    expect(loads("chart-worker.mjs")).toBe(true);
    expect(loads("itip.mjs")).toBe(false);
  });
});
