import { describe, expect, test } from "vitest";
import { fixtureEstimates } from "../testdata/charts/fixtures.js";
import { fixtureIndexAnalysis } from "../testdata/charts/index-analysis.js";
import { context, definition, theme } from "../testdata/charts/inputs.js";
import { renderChart } from "./render.js";
import { sensitivityRangesChart } from "./sensitivity-ranges.js";

const chart = () =>
  sensitivityRangesChart({
    id: "sensitivitet-digital-modenhet",
    title: "Digital modenhet: følsomhet for vekter og aggregering (2020)",
    definition: definition("digital-modenhet"),
    analysis: fixtureIndexAnalysis(),
    estimates: fixtureEstimates(),
    context,
  });

type Row = { gruppe: string; rang: string; weightsLow: number; low: number };
const rows = () => (chart().spec.data as { values: Row[] }).values;

describe("sensitivityRangesChart", () => {
  test("matches its golden spec and SVG", async () => {
    await expect(JSON.stringify(chart().spec, null, 2) + "\n").toMatchFileSnapshot(
      "../testdata/charts/sensitivitet-digital-modenhet.vl.json",
    );
    const rendered = await renderChart(chart(), theme);
    await expect(rendered.svg).toMatchFileSnapshot(
      "../testdata/charts/sensitivitet-digital-modenhet.svg",
    );
  });

  test("one row per group in the order of the groups, with its rank interval written out", () => {
    expect(rows().map((r) => [r.gruppe, r.rang])).toEqual([
      ["Alle", ""],
      ["Stat", "rang 1–2"],
      ["Kommuner", "rang 3"],
      ["Fylkeskommuner", "rang 1–2"],
      ["Under 5\u00a0000 innb.", "rang 4"],
      ["Over 50\u00a0000 innb.", "rang 1"],
    ]);
  });

  test("draws the interval of weights and left-out indicators apart from all scenarios", () => {
    const stat = rows()[1]!;
    expect(stat.weightsLow).toBe(56.8);
    expect(stat.low).toBe(28);
  });

  test("says in its alt text what it shows and each group's numbers, the Norwegian way", () => {
    const { altText } = chart();
    expect(altText).toContain("514 beregninger");
    expect(altText).toContain("Stat: 61,6 (28,0–67,3), rang 1–2.");
    expect(altText).toContain("Alle: 50,8 (20,6–54,6).");
  });
});
