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
    expect(marks(chart.spec)).toEqual(["bar", "text"]);
  });

  test("adds error bars only when intervals exist", () => {
    const chart = groupedBarsChart({
      id: "sektor-tjenester",
      title: "Tjenester",
      definitions: services(),
      estimates: withIntervals(fixtureEstimates()),
      context,
    });
    expect(marks(chart.spec)).toEqual(["bar", "rule", "text"]);
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
