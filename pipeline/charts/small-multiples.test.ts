import { describe, expect, test } from "vitest";
import { fixtureEstimates, withIntervals } from "../testdata/charts/fixtures.js";
import { context, definitions, question, theme } from "../testdata/charts/inputs.js";
import { renderChart } from "./render.js";
import { smallMultiplesChart } from "./small-multiples.js";

const benefits = () => definitions.filter((d) => d.id.startsWith("gevinst-"));
const labelOf = (d: { option?: string | undefined; label: string }) =>
  question("gevinster").optionLabels.get(d.option ?? "") ?? d.label;
const chart = (estimates = fixtureEstimates()) =>
  smallMultiplesChart({
    id: "utvikling-gevinster",
    title: "Realiserte gevinster over tid",
    definitions: benefits(),
    estimates,
    context,
    labelOf,
  });
const inner = (spec: Record<string, unknown>) =>
  spec.spec as { layer: Array<{ mark: { type: string } }> };
const rows = (spec: Record<string, unknown>) =>
  (spec.data as { values: Array<Record<string, unknown>> }).values;

describe("smallMultiplesChart", () => {
  test("matches the golden spec for the benefits over time", async () => {
    await expect(JSON.stringify(chart().spec, null, 2) + "\n").toMatchFileSnapshot(
      "../testdata/charts/utvikling-gevinster.vl.json",
    );
  });

  test("has one panel per indicator, in the order given, faceted two to a row", () => {
    const { spec } = chart();
    expect(spec.facet).toMatchObject({ field: "panel", sort: benefits().map(labelOf) });
    expect(spec.columns).toBe(2);
    expect(new Set(rows(spec).map((r) => r.panel)).size).toBe(4);
  });

  test("draws no band without intervals and says nothing about them", () => {
    const c = chart();
    expect(inner(c.spec).layer.map((l) => l.mark.type)).toEqual(["line", "point"]);
    expect(c.caption).not.toContain("konfidensintervall");
  });

  test("draws a band in every panel when intervals exist, and says so in the caption", () => {
    const c = chart(withIntervals(fixtureEstimates()));
    expect(inner(c.spec).layer.map((l) => l.mark.type)).toEqual(["area", "line", "point"]);
    expect(c.caption).toContain("Skyggen viser 95 % konfidensintervall.");
  });

  test("alt text names every panel with this year's values in Norwegian percent", () => {
    const { altText } = chart();
    expect(altText).toMatch(/^Små linjediagrammer, ett per indikator: realiserte gevinster/);
    for (const label of benefits().map(labelOf)) expect(altText).toContain(`${label} i 2020:`);
    expect(altText).toMatch(/\d+\u00a0%/);
  });

  test.each([
    ["utvikling-gevinster", () => chart()],
    ["utvikling-gevinster-ki", () => chart(withIntervals(fixtureEstimates()))],
  ])("%s matches its golden SVG", async (name, build) => {
    const rendered = await renderChart(build(), theme);
    await expect(rendered.svg).toMatchFileSnapshot(`../testdata/charts/${name}.svg`);
  });
});
