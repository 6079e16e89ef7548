import { describe, expect, test } from "vitest";
import type { FrameOrganisation, IngestedYear, SizeClass } from "../ingest/types.js";
import { designYear } from "../survey/design.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { tinyYear } from "../testdata/tiny-survey.js";
import { calibrationEffect } from "./calibration-effect.js";
import { estimateIndicators } from "./estimate-indicators.js";

const advanced: IndicatorDefinition = {
  id: "avanserte-tjenester",
  label: "Avanserte innbyggertjenester",
  question: "tjenesteniva",
  measure: "share",
  codes: new Set([3]),
  option: undefined,
  excluded: new Set([9]),
  firstYear: 2010,
  unit: "pct",
};
const headline = { finding: "f", indicator: advanced.id, group: "alle" as const, change: true };

// Ten small municipalities (< 5k), six of whom answered, two "avansert"; ten middle-sized
// (5–20k), nine of whom answered, six "avansert". Sector weights 20/15 for all: 8/15 ≈ 53 %;
// raked to the size classes, 10/6 and 10/9: (2 · 10/6 + 6 · 10/9) / 20 = 50 %.
function municipalities(year: number): IngestedYear {
  const base = tinyYear(year);
  const org = (id: string, sizeClass: SizeClass): FrameOrganisation => ({
    id,
    orgnr: null,
    navn: id,
    sektor: "kommune",
    fylke: "",
    kommunenummer: null,
    befolkning: null,
    sizeClass,
    panelId: id,
  });
  const frame = [
    ...Array.from({ length: 10 }, (_, i) => org(`A${i}`, "kommune-<5k")),
    ...Array.from({ length: 10 }, (_, i) => org(`B${i}`, "kommune-5-20k")),
  ];
  const answer = (id: string, tjenesteniva: number) => ({
    ...base.respondents[0]!,
    id,
    values: { tjenesteniva },
  });
  const respondents = [
    ...[3, 3, 1, 1, 1, 1].map((y, i) => answer(`A${i}`, y)),
    ...[3, 3, 3, 3, 3, 3, 1, 1, 1].map((y, i) => answer(`B${i}`, y)),
  ];
  return { ...base, frame, respondents };
}

describe("calibrationEffect", () => {
  const designs = [2019, 2020].map((year) => designYear(municipalities(year), "calibrated"));
  const estimates = estimateIndicators(designs, [advanced]);

  test("gives the published (calibrated) estimate beside the sector-weighted one", () => {
    const [effect] = calibrationEffect(designs, 2020, estimates, [advanced], [headline]);
    const published = estimates.find((e) => e.year === 2020 && e.group === "alle")!;
    expect(effect!.calibrated).toBeCloseTo(published.estimate!, 14);
    expect(effect!.calibrated).toBeCloseTo(0.5, 14);
    const sector = estimateIndicators([designYear(municipalities(2020), "sector")], [advanced]);
    expect(effect!.sector).toBeCloseTo(sector.find((e) => e.group === "alle")!.estimate!, 14);
    expect(effect!.sector).toBeCloseTo(8 / 15, 14);
  });

  test("and for a change, the change both ways", () => {
    const [effect] = calibrationEffect(designs, 2020, estimates, [advanced], [headline]);
    // The two years are the same answers: no change either way.
    expect(effect!.change!.calibrated).toBeCloseTo(0, 14);
    expect(effect!.change!.sector).toBeCloseTo(0, 14);
  });

  test("is empty with sector weights: nothing was calibrated", () => {
    const sector = [designYear(municipalities(2020), "sector")];
    expect(
      calibrationEffect(
        sector,
        2020,
        estimateIndicators(sector, [advanced]),
        [advanced],
        [headline],
      ),
    ).toEqual([]);
  });
});
