import { describe, expect, it } from "vitest";
import type { IndicatorEstimate } from "../indicators/types.js";
import { fixtureEstimates } from "../testdata/charts/fixtures.js";
import { definitions } from "../testdata/charts/inputs.js";
import { consistentDigits, sectorGaps, writeGapFindings } from "./gap-findings.js";

const untested = (rows: IndicatorEstimate[]) =>
  rows.map((r) => ({ ...r, se: null, changeSe: null, pValue: null, pAdjusted: null }));
const nbsp = (s: string) => s.replace(/\u00a0/g, " ");

describe("writeGapFindings", () => {
  it("finds each indicator's highest and lowest sector, largest gap first", () => {
    const [first] = sectorGaps(2020, fixtureEstimates(), definitions);
    expect(first?.definition.id).toBe("manuelle-operasjoner");
    expect(first?.high.sector).toBe("kommune");
    expect(first?.low.sector).toBe("stat");
    expect(first?.pp).toBeGreaterThan(30);
    expect(first?.significant).toBe(true);
  });

  it("names the largest significant gaps with both sectors' values and the gap in prosentpoeng", () => {
    const [finding] = writeGapFindings(2020, fixtureEstimates(), definitions);
    expect(finding?.id).toBe("sektorforskjeller");
    expect(nbsp(finding?.text ?? "")).toContain(
      "«Interne prosesser helt eller delvis digitalisert»: 66,4 % i staten mot 40,8 % i kommunene, en forskjell på 25,6 prosentpoeng.",
    );
    expect(finding?.text).toMatch(/^De største statistisk signifikante forskjellene/);
    expect(finding?.numbers["interne-prosesser-digitalisert.stat"]).toBeCloseTo(0.66, 2);
  });

  it("writes the percents so that they add up to the gap (one decimal when whole ones would not)", () => {
    expect(consistentDigits(0.405, 0.66)).toBe(1);
    expect(consistentDigits(0.4, 0.66)).toBe(0);
  });

  it("says nothing about significance without standard errors", () => {
    const [finding] = writeGapFindings(2020, untested(fixtureEstimates()), definitions);
    expect(finding?.text).toMatch(/^De største forskjellene mellom sektorene i 2020 gjelder /);
    expect(finding?.text).not.toContain("signifikant");
  });
});
