import { describe, expect, test } from "vitest";
import type { Group, IndicatorEstimate } from "../indicators/types.js";
import { writeKeyFindings } from "./key-findings.js";

function row(
  indicator: string,
  group: Group,
  year: number,
  estimate: number,
  more: Partial<IndicatorEstimate> = {},
): IndicatorEstimate {
  return {
    indicator,
    year,
    group,
    estimate,
    se: 0.02,
    ciLow: null,
    ciHigh: null,
    df: 100,
    n: 100,
    nVetIkke: 0,
    N: 200,
    responseRate: 0.5,
    suppressed: false,
    changePp: null,
    changeRel: null,
    changeSe: null,
    pValue: null,
    ...more,
  };
}

const services = (pValue: number) => [
  row("avanserte-tjenester", "alle", 2019, 0.27),
  row("avanserte-tjenester", "alle", 2020, 0.33, { changePp: 6, pValue }),
];
const finding = (estimates: IndicatorEstimate[], id: string) =>
  writeKeyFindings(2020, estimates, []).find((f) => f.id === id);

describe("the advanced-services finding", () => {
  test("tells a significant change as a rise, in points and in percent", () => {
    expect(finding(services(0.001), "avanserte-tjenester-endring")?.text).toBe(
      "Andelen virksomheter som i hovedsak tilbyr avanserte innbyggertjenester økte med 6 " +
        "prosentpoeng (fra 27 til 33 prosent, en økning på 22 prosent) fra 2019 til 2020.",
    );
  });

  test("says a change that is not significant is uncertain, and claims no rise", () => {
    const text = finding(services(0.2), "avanserte-tjenester-endring")?.text;
    expect(text).toBe(
      "Andelen virksomheter som i hovedsak tilbyr avanserte innbyggertjenester var 33 prosent " +
        "i 2020 mot 27 prosent i 2019, men endringen er innenfor den statistiske usikkerheten.",
    );
    expect(text).not.toMatch(/økte|økning/);
  });
});

describe("the internal-processes finding", () => {
  const gap = (seStat: number) => [
    row("interne-prosesser-digitalisert", "stat", 2020, 0.66, { se: seStat, df: 60 }),
    row("interne-prosesser-digitalisert", "kommune", 2020, 0.56, { se: 0.03, df: 200 }),
  ];

  test("names the sector ahead when the gap is significant", () => {
    expect(finding(gap(0.01), "interne-prosesser-gap")?.title).toBe(
      "Staten har kommet lenger med interne prosesser",
    );
  });

  test("says the gap is within the uncertainty when it is not significant", () => {
    const f = finding(gap(0.08), "interne-prosesser-gap");
    expect(f?.title).toBe("Interne prosesser i staten og kommunene");
    expect(f?.text).toContain("som er innenfor den statistiske usikkerheten");
  });
});
