import { describe, expect, test } from "vitest";
import {
  fixtureDistributions,
  fixtureEstimates,
  withIntervals,
} from "../testdata/charts/fixtures.js";
import {
  context,
  definition,
  definitions,
  question,
  reportCharts,
  theme,
} from "../testdata/charts/inputs.js";
import { changeDotsChart } from "./change-dots.js";
import { divergingLikertChart } from "./diverging-likert.js";
import { groupedBarsChart } from "./grouped-bars.js";
import { renderChart, renderCharts } from "./render.js";
import { refusingLoader } from "./sandbox.js";
import { estimatedWidth, measureText } from "./text-metrics.js";
import { trendChart } from "./trend.js";
import type { ChartDefinition } from "./types.js";

const trend = () =>
  trendChart({
    definition: definition("avanserte-tjenester"),
    estimates: fixtureEstimates(),
    context,
  });
const bars = () =>
  groupedBarsChart({
    id: "sektor-barrierer",
    title: "Barrierer for digitalisering etter sektor (2020)",
    definitions: definitions.filter((d) => d.id.startsWith("barriere-")),
    estimates: fixtureEstimates(),
    context,
    labelOf: (d) => question("barrierer").optionLabels.get(d.option ?? "") ?? d.label,
  });
const trendWithBand = () =>
  trendChart({
    definition: definition("avanserte-tjenester"),
    estimates: withIntervals(fixtureEstimates()),
    context,
    id: "trend-avanserte-tjenester-ki",
  });
const barsWithErrorBars = () => ({
  ...groupedBarsChart({
    id: "sektor-barrierer-ki",
    title: "Barrierer for digitalisering etter sektor (2020)",
    definitions: definitions.filter((d) => d.id.startsWith("barriere-")),
    estimates: withIntervals(fixtureEstimates()),
    context,
    labelOf: (d) => question("barrierer").optionLabels.get(d.option ?? "") ?? d.label,
  }),
});
const changeDots = () =>
  changeDotsChart({
    id: "endring-alle",
    title: "Endring fra 2019 til 2020, alle virksomheter",
    definitions: definitions.filter((d) =>
      ["avanserte-tjenester", "kompetanse-tilstrekkelig", "datadeling-sjelden"].includes(d.id),
    ),
    estimates: fixtureEstimates(),
    group: "alle",
    context,
  });
const likert = () =>
  divergingLikertChart({
    question: question("kompetanse"),
    distributions: fixtureDistributions(),
    context,
  });

/** The text content of every <text> element. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? "");

describe("renderChart", () => {
  test.each([
    ["trend-avanserte-tjenester", trend],
    ["sektor-barrierer", bars],
    ["likert-kompetanse", likert],
    ["trend-avanserte-tjenester-ki", trendWithBand],
    ["sektor-barrierer-ki", barsWithErrorBars],
    ["endring-alle", changeDots],
  ])("%s matches its golden SVG", async (id, build) => {
    const rendered = await renderChart(build(), theme);
    expect(rendered.id).toBe(id);
    await expect(rendered.svg).toMatchFileSnapshot(`../testdata/charts/${id}.svg`);
  });

  test("percent axes read «20 %» with a no-break space, and no number has a decimal point", async () => {
    const labels = texts((await renderChart(trend(), theme)).svg);
    expect(labels).toContain("20\u00a0%");
    expect(labels).not.toContain("20%");
    expect(labels).not.toContain("20 %");
    for (const label of labels) expect(label).not.toMatch(/\d\.\d/);
  });

  test("a mean axis has a decimal comma and a negative change a U+2212 minus", async () => {
    const mean = trendChart({
      definition: definition("markedssamarbeid"),
      estimates: fixtureEstimates(),
      context,
    });
    const meanLabels = texts((await renderChart(mean, theme)).svg);
    expect(meanLabels).toEqual(expect.arrayContaining(["1", "3", "5"]));
    const [change] = reportCharts().filter((c) => c.id === "endring-alle");
    const changeLabels = texts((await renderChart(change as ChartDefinition, theme)).svg);
    expect(changeLabels).toContain("\u22125\u00a0pp");
    expect(changeLabels).toContain("+5\u00a0pp");
    expect(changeLabels.join(" ")).not.toMatch(/-\d/);
  });

  test("measures «Mangel på standardløsninger» from the font, not vega's estimate, and never truncates it", async () => {
    const item = { fontSize: 9 };
    const label = "Mangel på standardløsninger";
    const measured = measureText(item, label);
    expect(measured).toBeGreaterThan(80);
    expect(measured).toBeLessThan(120);
    expect(Math.abs(measured - estimatedWidth(item, label))).toBeGreaterThan(40);
    expect(measureText({ fontSize: 9, fontWeight: "bold" }, label)).toBeGreaterThan(measured);
    const labels = texts((await renderChart(bars(), theme)).svg);
    expect(labels).toContain(label);
    expect(labels.join("")).not.toContain("…");
  });

  test("writes the font as «Source Sans 3» and bold as the keyword, never a number", async () => {
    const { svg } = await renderChart(likert(), theme);
    expect(svg).toContain('font-family="Source Sans 3"');
    expect(svg).not.toMatch(/font-family="(?!Source Sans 3")/);
    expect(svg).not.toMatch(/font-weight="\d+"/);
  });

  test("rounds every number in the SVG markup to at most two decimals", async () => {
    const { svg } = await renderChart(likert(), theme);
    const markup = svg.replace(/>[^<]*</g, "><");
    expect(markup).not.toMatch(/\d\.\d{3,}/);
  });

  test("gives the size in points and returns the themed, self-contained spec", async () => {
    const rendered = await renderChart(trend(), theme);
    expect(rendered.width).toBeGreaterThan(400);
    expect(rendered.height).toBeGreaterThan(200);
    expect(rendered.svg).toMatch(
      new RegExp(`^<svg[^>]* width="${rendered.width}" height="${rendered.height}"`),
    );
    expect(rendered.spec.config).toMatchObject({ font: "Source Sans 3" });
    expect(JSON.parse(JSON.stringify(rendered.spec))).toEqual(rendered.spec);
  });

  test("rendering the same chart twice gives the same bytes", async () => {
    const first = await renderChart(likert(), theme);
    await renderChart(trend(), theme);
    const second = await renderChart(likert(), theme);
    expect(second.svg).toBe(first.svg);
  });

  test("leaves the chart definition it renders untouched", async () => {
    const chart = trend();
    const before = JSON.stringify(chart.spec);
    await renderChart(chart, theme);
    expect(
      Object.getOwnPropertySymbols((chart.spec.data as { values: object[] }).values[0] ?? {}),
    ).toEqual([]);
    expect(JSON.stringify(chart.spec)).toBe(before);
  });
});

describe("loading is refused", () => {
  const loading = (url: string): ChartDefinition => ({
    id: "laster-data",
    kind: "trend",
    title: "",
    caption: "",
    altText: "",
    spec: { data: { url }, mark: "point", encoding: { x: { field: "a", type: "quantitative" } } },
    numbers: { columns: [], rows: [] },
  });

  test("a spec reading a file is refused with a clear error", async () => {
    await expect(renderChart(loading("file:///etc/passwd"), theme)).rejects.toMatchObject({
      code: "CHART_EXTERNAL_DATA",
      message:
        'chart "laster-data" may not load data or images (data.url = "file:///etc/passwd"); put the data inline with "data": {"values": [...]}.',
    });
  });

  test("a spec fetching a URL is refused", async () => {
    await expect(renderChart(loading("https://example.org/data.csv"), theme)).rejects.toMatchObject(
      {
        code: "CHART_EXTERNAL_DATA",
      },
    );
  });

  test("an image mark with a URL is refused", async () => {
    const image: ChartDefinition = {
      ...loading(""),
      spec: {
        data: { values: [{ a: 1 }] },
        mark: { type: "image", width: 10, height: 10 },
        encoding: { url: { value: "file:///etc/passwd" }, x: { field: "a", type: "quantitative" } },
      },
    };
    await expect(renderChart(image, theme)).rejects.toMatchObject({ code: "CHART_EXTERNAL_DATA" });
  });

  test("behind the spec check, vega's own loader refuses every file and URL too", async () => {
    const loader = refusingLoader("laster-data");
    for (const uri of ["file:///etc/passwd", "https://example.org/x.csv", "/etc/passwd"]) {
      await expect(loader.load(uri)).rejects.toMatchObject({ code: "CHART_EXTERNAL_DATA" });
      await expect(
        loader.sanitize(uri, { context: "dataflow", response: "csv" }),
      ).rejects.toMatchObject({
        code: "CHART_EXTERNAL_DATA",
      });
    }
  });
});

describe("renderCharts", () => {
  test("renders every chart of the report without a single vega warning", async () => {
    const defs = reportCharts();
    const rendered = await renderCharts(defs, theme);
    expect(rendered.map((r) => r.id)).toEqual(defs.map((d) => d.id));
    for (const chart of rendered) expect(chart.svg).toMatch(/^<svg /);
  });

  test("a spec vega warns about fails instead of rendering quietly wrong", async () => {
    const odd: ChartDefinition = {
      ...trend(),
      spec: {
        data: { values: [{ a: 1 }] },
        mark: "bar",
        encoding: {
          x: { field: "a", type: "quantitative" },
          shape: { field: "a", type: "nominal" },
        },
      },
    };
    await expect(renderChart(odd, theme)).rejects.toMatchObject({
      code: "CHART_WARNING",
      message: expect.stringContaining('chart "trend-avanserte-tjenester": '),
    });
  });
});
