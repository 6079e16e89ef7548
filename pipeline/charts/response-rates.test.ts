import { describe, expect, test } from "vitest";
import { fixtureEstimates } from "../testdata/charts/fixtures.js";
import { context } from "../testdata/charts/inputs.js";
import { responseByGroup, responseRatesChart } from "./response-rates.js";

const chart = () =>
  responseRatesChart({
    id: "svarprosent",
    title: "Svarprosent",
    estimates: fixtureEstimates(),
    context,
  });

describe("responseRatesChart", () => {
  test("shows the sectors, then the municipalities by size, each with its N", () => {
    const values = (chart().spec.data as { values: Array<{ gruppe: string }> }).values;
    expect(values.map((v) => v.gruppe.replace(/\u00a0/g, " "))).toEqual([
      expect.stringMatching(/^Stat \(N = \d+\)$/),
      expect.stringMatching(/^Fylkeskommuner \(N = \d+\)$/),
      expect.stringMatching(/^Kommuner \(N = \d+\)$/),
      expect.stringMatching(/^Kommuner, under 5 000 innb\. \(N = \d+\)$/),
      expect.stringMatching(/^Kommuner, 5 000–20 000 innb\. \(N = \d+\)$/),
      expect.stringMatching(/^Kommuner, 20 000–50 000 innb\. \(N = \d+\)$/),
      expect.stringMatching(/^Kommuner, over 50 000 innb\. \(N = \d+\)$/),
    ]);
  });

  test("takes each group's response rate from the estimates of the year", () => {
    const stat = fixtureEstimates().find((e) => e.year === 2020 && e.group === "stat")!;
    expect(responseByGroup(fixtureEstimates(), 2020)[0]).toEqual({
      group: "stat",
      N: stat.N,
      rate: stat.responseRate,
    });
  });

  test("says in its alt text what it shows, and in its caption the frame and the source", () => {
    const { altText, caption } = chart();
    expect(altText).toMatch(
      /^Stolpediagram: svarprosent etter sektor og kommunestørrelse \(2020\)\. Stat/,
    );
    expect(caption).toMatch(/^Base: N = [\d\u00a0]+ virksomheter i rammen \(2020\)\. Svarprosent/);
  });
});
