import { describe, expect, test } from "vitest";
import { fixtureEstimates, withIntervals } from "../testdata/charts/fixtures.js";
import { context, definition } from "../testdata/charts/inputs.js";
import { groupedBarsChart } from "./grouped-bars.js";

const services = () => [definition("avanserte-tjenester"), definition("sammenhengende-tjenester")];
const rows = (spec: Record<string, unknown>) =>
  (spec.data as { values: Array<Record<string, unknown>> }).values;
const marks = (spec: Record<string, unknown>) =>
  (spec.layer as Array<{ mark: { type: string } }>).map((l) => l.mark.type);

describe("groupedBarsChart", () => {
  test("matches the golden spec for services by sector", async () => {
    const chart = groupedBarsChart({
      id: "sektor-tjenester",
      title: "Avanserte og sammenhengende tjenester etter sektor (2020)",
      definitions: services(),
      estimates: fixtureEstimates(),
      context,
    });
    await expect(JSON.stringify(chart.spec, null, 2) + "\n").toMatchFileSnapshot(
      "../testdata/charts/sektor-tjenester.vl.json",
    );
  });

  test("one bar per indicator and sector, labelled with the value in Norwegian percent", () => {
    const chart = groupedBarsChart({
      id: "sektor-tjenester",
      title: "Tjenester",
      definitions: services(),
      estimates: fixtureEstimates(),
      context,
    });
    expect(rows(chart.spec)).toHaveLength(8);
    expect(rows(chart.spec)[0]).toMatchObject({
      kategori: "Avanserte innbyggertjenester",
      gruppe: "Stat",
      verdi: "42\u00a0%",
    });
    expect(marks(chart.spec)).toEqual(["bar", "text", "text"]);
  });

  test("writes a value at the end of its bar, inside it, in the colour that reads on the bar", () => {
    const chart = groupedBarsChart({
      id: "sektor-tjenester",
      title: "Tjenester",
      definitions: services(),
      estimates: withIntervals(fixtureEstimates()),
      context,
    });
    interface TextLayer {
      transform: Array<{ filter: string }>;
      mark: { align: string; dx: number; fill: { expr: string } };
      encoding: { x: { field: string } };
    }
    const [inside, outside] = (chart.spec.layer as TextLayer[]).slice(2);
    expect(inside?.encoding.x.field).toBe("estimate");
    expect(inside?.mark).toMatchObject({ align: "right", dx: -3 });
    expect(inside?.mark.fill.expr).toContain("contrast('#ffffff', scale('color', datum.gruppe))");
    // Only a bar too short to hold its label has it outside, past its interval.
    expect(outside?.encoding.x.field).toBe("labelAt");
    expect(outside?.transform[0]?.filter).toBe(`!(${inside?.transform[0]?.filter ?? ""})`);
  });

  test("adds error bars only when intervals exist", () => {
    const chart = groupedBarsChart({
      id: "sektor-tjenester",
      title: "Tjenester",
      definitions: services(),
      estimates: withIntervals(fixtureEstimates()),
      context,
    });
    expect(marks(chart.spec)).toEqual(["bar", "rule", "text", "text"]);
  });

  test("leaves out an estimate that is empty (null) instead of drawing a zero bar", () => {
    const chart = groupedBarsChart({
      id: "sektor-datadeling",
      title: "Datadeling",
      definitions: [definition("gjenbruk-data")],
      estimates: fixtureEstimates(),
      context,
    });
    expect(rows(chart.spec).map((r) => r.gruppe)).toEqual(["Stat", "Kommuner", "Alle"]);
  });

  test("labels multi-choice options with the questionnaire's text when asked", () => {
    const chart = groupedBarsChart({
      id: "sektor-barrierer",
      title: "Barrierer",
      definitions: [definition("barriere-standardloesninger")],
      estimates: fixtureEstimates(),
      context,
      labelOf: () => "Mangel på standardløsninger",
    });
    expect(chart.altText).toContain("Mangel på standardløsninger: stat 22\u00a0%");
  });
});
