import { describe, expect, test } from "vitest";
import { definitions, reportChartsInput as input } from "../testdata/charts/inputs.js";
import { chartsForReport } from "./report-charts.js";

describe("chartsForReport", () => {
  test("gives the national report at least 12 charts with unique, file-safe ids", () => {
    const charts = chartsForReport(input());
    expect(charts.length).toBeGreaterThanOrEqual(12);
    const ids = charts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  test("has the chart ids the report template refers to", () => {
    expect(chartsForReport(input()).map((c) => c.id)).toEqual([
      "trend-avanserte-tjenester",
      "sektor-tjenester",
      "kommunestorrelse-avanserte-tjenester",
      "trend-interne-prosesser-digitalisert",
      "trend-manuelle-operasjoner",
      "likert-manuelle-operasjoner",
      "trend-kompetanse-tilstrekkelig",
      "likert-kompetanse",
      "sektor-barrierer",
      "trend-markedssamarbeid",
      "likert-markedssamarbeid",
      "sektor-datadeling",
      "utvikling-datadeling",
      "sektor-gevinster",
      "utvikling-gevinster",
      "sektor-korona",
      "likert-korona-tempo",
      "endring-alle",
    ]);
  });

  test("every chart has a title, a caption with base n and source, and alt text", () => {
    for (const chart of chartsForReport(input())) {
      expect(chart.title).not.toBe("");
      expect(chart.caption).toMatch(
        /^Base: n = [\d\u00a0–]+ virksomheter \(2020\)\..*Kilde: IT i praksis 2020, eksempeldata\.$/,
      );
      expect(chart.altText.length).toBeGreaterThan(40);
    }
  });

  test("the source line drops «eksempeldata» for real data", () => {
    const [first] = chartsForReport({ ...input(), isSample: false });
    expect(first?.caption).toMatch(/Kilde: IT i praksis 2020\.$/);
  });

  test("a year before the pandemic has no pandemic charts", () => {
    const ids = chartsForReport(input(2015)).map((c) => c.id);
    expect(ids).not.toContain("sektor-korona");
    expect(ids).not.toContain("likert-korona-tempo");
    expect(ids).toContain("trend-avanserte-tjenester");
  });

  test("no suppressed estimate reaches any chart", () => {
    const json = JSON.stringify(chartsForReport(input()).map((c) => c.spec));
    expect(json).not.toContain("0.999");
  });

  test("an indicator missing from indicators.yaml is a template error", () => {
    const without = definitions.filter((d) => d.id !== "avanserte-tjenester");
    expect(() => chartsForReport({ ...input(), definitions: without })).toThrow(
      expect.objectContaining({ code: "TEMPLATE_CHART_INDICATOR_MISSING", exitCode: 3 }),
    );
  });
});
