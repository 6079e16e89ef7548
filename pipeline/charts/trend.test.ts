import { describe, expect, test } from "vitest";
import { fixtureEstimates, withIntervals } from "../testdata/charts/fixtures.js";
import { context, definition } from "../testdata/charts/inputs.js";
import { trendChart } from "./trend.js";

const layers = (spec: Record<string, unknown>) =>
  (spec.layer as Array<{ mark: { type: string } }>).map((l) => l.mark.type);
const rows = (spec: Record<string, unknown>) =>
  (spec.data as { values: Array<Record<string, unknown>> }).values;

describe("trendChart", () => {
  test("matches the golden spec for avanserte-tjenester", async () => {
    const chart = trendChart({
      definition: definition("avanserte-tjenester"),
      estimates: fixtureEstimates(),
      context,
    });
    await expect(JSON.stringify(chart.spec, null, 2) + "\n").toMatchFileSnapshot(
      "../testdata/charts/trend-avanserte-tjenester.vl.json",
    );
  });

  test("draws the composite index on 0–100 and a mean on its 1–5 scale", () => {
    const yOf = (id: string) =>
      (
        trendChart({ definition: definition(id), estimates: fixtureEstimates(), context }).spec
          .encoding as { y: { title: string; scale: { domain: number[] } } }
      ).y;
    expect(yOf("digital-modenhet")).toMatchObject({
      title: "Indeks (0–100)",
      scale: { domain: [0, 100] },
    });
    expect(yOf("markedssamarbeid")).toMatchObject({
      title: "Gjennomsnitt (1–5)",
      scale: { domain: [1, 5] },
    });
  });

  test("is named trend-<indicator> and covers every year the indicator exists", () => {
    const chart = trendChart({
      definition: definition("avanserte-tjenester"),
      estimates: fixtureEstimates(),
      context,
    });
    expect(chart.id).toBe("trend-avanserte-tjenester");
    expect(chart.kind).toBe("trend");
    const years = new Set(rows(chart.spec).map((r) => r.year));
    expect([...years]).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
  });

  test("gives its numbers as a table: a row per year, a column per sector, the labelled values", () => {
    const chart = trendChart({
      definition: definition("avanserte-tjenester"),
      estimates: fixtureEstimates(),
      context,
    });
    const { columns, rows: table } = chart.numbers;
    expect(columns).toEqual(["År", "Stat", "Kommuner", "Fylkeskommuner", "Alle"]);
    expect(table.map((r) => r[0])).toEqual([
      ...new Set(rows(chart.spec).map((r) => String(r.year))),
    ]);
    for (const point of rows(chart.spec)) {
      const row = table.find((r) => r[0] === String(point.year));
      expect(row?.[columns.indexOf(point.gruppe as string)]).toBe(point.verdi);
    }
  });

  test("draws no CI band while the intervals are null", () => {
    const chart = trendChart({
      definition: definition("avanserte-tjenester"),
      estimates: fixtureEstimates(),
      context,
    });
    expect(layers(chart.spec)).toEqual(["line", "point"]);
    expect(chart.caption).not.toContain("konfidensintervall");
  });

  test("draws a CI band under the lines when intervals exist", () => {
    const chart = trendChart({
      definition: definition("avanserte-tjenester"),
      estimates: withIntervals(fixtureEstimates()),
      context,
    });
    expect(layers(chart.spec)).toEqual(["area", "line", "point"]);
    expect(rows(chart.spec).every((r) => typeof r.ciLow === "number")).toBe(true);
    expect(chart.caption).toContain("95 % konfidensintervall");
  });

  test("leaves suppressed estimates out of the data", () => {
    const chart = trendChart({
      definition: definition("avanserte-tjenester"),
      estimates: fixtureEstimates(),
      context,
    });
    const fylke2011 = rows(chart.spec).filter(
      (r) => r.gruppe === "Fylkeskommuner" && r.year === 2011,
    );
    expect(fylke2011).toEqual([]);
    expect(rows(chart.spec).some((r) => r.estimate === 0.999)).toBe(false);
  });

  test("states base n and source in the caption, and the main numbers in the alt text", () => {
    const chart = trendChart({
      definition: definition("avanserte-tjenester"),
      estimates: fixtureEstimates(),
      context,
    });
    expect(chart.caption).toBe(
      "Base: n = 312 virksomheter (2020). Kilde: IT i praksis 2020, eksempeldata.",
    );
    expect(chart.altText).toMatch(
      /^Linjediagram: Avanserte innbyggertjenester etter sektor, 2010–2020\. I 2020: stat 42\u00a0%, /,
    );
  });

  test("a mean on 1–5 gets a 1–5 axis, not a percent axis", () => {
    const chart = trendChart({
      definition: definition("markedssamarbeid"),
      estimates: fixtureEstimates(),
      context,
    });
    const y = (chart.spec.encoding as { y: { scale: unknown; axis: { format: string } } }).y;
    expect(y.scale).toEqual({ domain: [1, 5], nice: false });
    expect(y.axis.format).not.toContain("%");
    expect(chart.altText).toContain("stat 3,2");
  });

  test("the spec is plain JSON (the publish stage writes it as charts/<id>.vl.json)", () => {
    const chart = trendChart({
      definition: definition("avanserte-tjenester"),
      estimates: withIntervals(fixtureEstimates()),
      context,
    });
    expect(JSON.parse(JSON.stringify(chart.spec))).toEqual(chart.spec);
  });
});
