// A chart's compiled Vega is what Vega-Lite and Vega make of the whole spec, data included; the
// store hands it to the next run, and to next year's data under the same template, which then
// draws exactly what it would draw without the store.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { KeptBetweenRuns } from "../kept-between-runs.js";
import { reportCharts, theme } from "../testdata/charts/inputs.js";
import {
  compiledChart,
  useCompiledChartStore,
  type CompiledChart,
  type Compiled,
} from "./compiled-charts.js";
import { renderChart } from "./render.js";
import { themedSpec } from "./themed-spec.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "itip-compiled-charts-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => useCompiledChartStore(undefined));

/** Vega-Lite, then Vega's parser, counting the compiles. */
function counted() {
  const counter = {
    compiles: 0,
    compile: (template: object): Compiled => {
      counter.compiles++;
      return { runtime: vega.parse(compile(template as TopLevelSpec).spec), keep: true };
    },
  };
  return counter;
}

/** What the chart compiles to with its data, as JSON. */
const direct = (spec: object): unknown =>
  JSON.parse(JSON.stringify(vega.parse(compile(structuredClone(spec) as TopLevelSpec).spec)));

const store = (name: string) => KeptBetweenRuns.open<CompiledChart>(path.join(dir, name));

const bars = (values: object[], title = "Andel") => ({
  title,
  data: { values },
  mark: "bar",
  encoding: {
    x: { field: "gruppe", type: "nominal" },
    y: { field: "andel", type: "quantitative" },
  },
});
const year2020 = [
  { gruppe: "Stat", andel: 0.42 },
  { gruppe: "Kommune", andel: 0.37 },
];
const year2021 = [
  { gruppe: "Stat", andel: 0.47 },
  { gruppe: "Kommune", andel: 0.35 },
  { gruppe: "Fylke", andel: 0.51 },
];

describe("a chart's compiled Vega", () => {
  test("is what Vega-Lite and Vega make of the whole spec, for every chart of the report", () => {
    for (const def of reportCharts()) {
      const spec = themedSpec(def, theme);
      expect(compiledChart(spec, counted().compile, undefined)).toEqual(direct(spec));
    }
  });

  test("merges equal data sets as Vega-Lite does (key order aside), and keeps others apart", () => {
    const reordered = year2020.map(({ gruppe, andel }) => ({ andel, gruppe }));
    const layered = {
      layer: [
        { ...bars(year2020), title: undefined },
        { data: { values: reordered }, mark: "tick", encoding: bars([]).encoding },
        { data: { values: year2021 }, mark: "point", encoding: bars([]).encoding },
      ],
    };
    const runtime = compiledChart(layered, counted().compile, undefined);
    expect(runtime).toEqual(direct(layered));
    expect(JSON.stringify(runtime).match(/"\$ingest"/g)).toHaveLength(2);
  });

  test("is kept by the first run and taken by the next, with that run's data", () => {
    const first = counted();
    const kept = store("next-year.json");
    compiledChart(bars(year2020), first.compile, kept);
    expect(first.compiles).toBe(1);
    expect(kept.save()).toBe(true);

    const next = counted();
    const runtime = compiledChart(bars(year2021), next.compile, store("next-year.json"));
    expect(next.compiles).toBe(0);
    expect(runtime).toEqual(direct(bars(year2021)));
  });

  test("is compiled afresh for a changed template, and not kept from a compile that warned", () => {
    const kept = store("changed.json");
    const counter = counted();
    compiledChart(bars(year2020), counter.compile, kept);
    compiledChart(bars(year2020, "Andel som svarte ja"), counter.compile, kept);
    expect(counter.compiles).toBe(2);

    const warned = (template: object): Compiled => ({ ...counter.compile(template), keep: false });
    compiledChart(bars(year2020, "Advarsel"), warned, kept);
    compiledChart(bars(year2020, "Advarsel"), warned, kept);
    expect(counter.compiles).toBe(4);
  });

  test("draws every chart of the report as it is drawn without the store", async () => {
    const charts = reportCharts();
    const without = await Promise.all(charts.map((def) => renderChart(def, theme)));
    const kept = store("report.json");
    useCompiledChartStore(kept);
    for (const round of ["first run", "next run"]) {
      for (const [i, def] of charts.entries())
        expect((await renderChart(def, theme)).svg, `${def.id}, ${round}`).toBe(without[i]!.svg);
      expect(kept.save()).toBe(true);
    }
  });
});
