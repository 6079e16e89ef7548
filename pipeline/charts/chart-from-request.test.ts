import { describe, expect, test } from "vitest";
import { chartData, reportCharts } from "../testdata/charts/inputs.js";
import { chartsFromRequests } from "./chart-from-request.js";
import type { ChartRequest } from "./chart-request.js";

const request = (r: Partial<ChartRequest> & Pick<ChartRequest, "kind">) =>
  ({ id: "test", title: undefined, ...r }) as ChartRequest;

describe("the charts templates/report.md declares", () => {
  test("are the 19 figures of the 2020 report, in the order they appear (the methodology's last)", () => {
    expect(reportCharts().map((c) => c.id)).toEqual([
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
      "metode-svarprosent",
    ]);
  });

  test("each has a title with the year filled in, a caption with base n and source, and alt text", () => {
    for (const chart of reportCharts()) {
      expect(chart.title).not.toMatch(/\{|\}/);
      // Response rates are of the frame: their base is N.
      expect(chart.caption).toMatch(
        /^Base: (n|N) = [\d\u00a0–]+ virksomheter( i rammen)? \(2020\)\..*Kilde: IT i praksis 2020, eksempeldata\.$/,
      );
      expect(chart.altText.length).toBeGreaterThan(40);
    }
    const titles = new Map(reportCharts().map((c) => [c.id, c.title]));
    expect(titles.get("sektor-tjenester")).toBe(
      "Avanserte og sammenhengende tjenester etter sektor (2020)",
    );
    expect(titles.get("endring-alle")).toBe("Endring fra 2019 til 2020, alle virksomheter");
  });

  test("the source line drops «eksempeldata» for real data", () => {
    const [first] = reportCharts({ isSample: false });
    expect(first?.caption).toMatch(/Kilde: IT i praksis 2020\.$/);
  });

  test("no suppressed estimate reaches any chart", () => {
    const json = JSON.stringify(reportCharts().map((c) => c.spec));
    expect(json).not.toContain("0.999");
  });
});

describe("chartsFromRequests", () => {
  test("a pattern takes the indicators of its prefix in file order, named by their option", () => {
    const [bars] = chartsFromRequests(
      [
        request({
          kind: "bars",
          indicators: ["barriere-*"],
          groups: undefined,
          title: "B ({year})",
        }),
      ],
      chartData(),
    );
    expect(bars?.title).toBe("B (2020)");
    const categories = (bars?.spec.encoding as { y: { sort: string[] } } | undefined)?.y.sort;
    expect(categories?.[0]).toBe("Manglende kompetanse");
  });

  test("an optional indicator the year lacks is left out of the chart", () => {
    const data = chartData({ year: 2015 });
    const [bars] = chartsFromRequests(
      [
        request({
          kind: "bars",
          indicators: ["avanserte-tjenester", "korona-raskere?"],
          groups: undefined,
          title: "T",
        }),
      ],
      data,
    );
    expect(JSON.stringify(bars?.spec)).not.toContain("pandemien");
    expect(JSON.stringify(bars?.spec)).toContain("Avanserte innbyggertjenester");
  });

  test("a sizes chart compares the municipality size classes, titled after its indicator", () => {
    const [sizes] = chartsFromRequests(
      [request({ kind: "sizes", indicator: "avanserte-tjenester", id: "k" })],
      chartData(),
    );
    expect(sizes?.title).toBe("Avanserte innbyggertjenester etter kommunestørrelse (2020)");
    expect(JSON.stringify(sizes?.spec)).toContain("Under 5\u00a0000 innb.");
  });

  test("a likert chart of a question is a diverging Likert chart titled with the report year", () => {
    const [likert] = chartsFromRequests(
      [request({ kind: "likert", question: "korona_tempo", order: [4, 3, 2, 1], neutral: 3 })],
      chartData(),
    );
    expect(likert?.kind).toBe("diverging-likert");
    expect(likert?.title).toMatch(/\(2020\)$/);
  });
});
