import { describe, expect, it } from "vitest";
import type { IndicatorEstimate } from "../indicators/types.js";
import { fixtureEstimates } from "../testdata/charts/fixtures.js";
import { definitions } from "../testdata/charts/inputs.js";
import { isSignificant, writeChangeFindings } from "./change-findings.js";

const untested = (rows: IndicatorEstimate[]) =>
  rows.map((r) => ({ ...r, se: null, changeSe: null, pValue: null, pAdjusted: null }));
/** The fixture with one chosen (adjusted) p-value for every 2020 row of the total. */
const withP = (p: (indicator: string) => number) =>
  fixtureEstimates().map((r) =>
    r.year === 2020 && r.group === "alle"
      ? { ...r, pValue: p(r.indicator), pAdjusted: p(r.indicator) }
      : r,
  );

describe("isSignificant", () => {
  it("is true only for an adjusted p-value below 0,05", () => {
    expect(isSignificant({ pAdjusted: 0.049 })).toBe(true);
    expect(isSignificant({ pAdjusted: 0.05 })).toBe(false);
    expect(isSignificant({ pAdjusted: null })).toBe(false);
  });

  it("a raw p-value under 0,05 is not enough once adjusted for the year's many changes", () => {
    const [row] = withP(() => 0.01).filter((r) => r.year === 2020 && r.group === "alle");
    expect(isSignificant({ ...row!, pAdjusted: 0.2 })).toBe(false);
  });
});

describe("writeChangeFindings", () => {
  it("without p-values, states the largest difference and that its uncertainty is unknown", () => {
    const findings = writeChangeFindings(2020, untested(fixtureEstimates()), definitions);
    expect(findings.map((f) => f.id)).toEqual(["endring-storst"]);
    const [finding] = findings;
    expect(finding?.text).toMatch(
      /^Den største forskjellen mellom estimatene for 2019 og 2020 gjelder «[^»]+»: \d+ prosent i 2019 og \d+ prosent i 2020, en forskjell på \d+ prosentpoeng\. Usikkerheten i estimatene er ikke beregnet, så vi kan ikke si om forskjellen er større enn tilfeldig variasjon\.$/,
    );
    expect(finding?.text).not.toMatch(/økte|falt|signifikant/);
  });

  it("names the significant changes in prosentpoeng and prosent, largest first", () => {
    const significant = new Set(["avanserte-tjenester", "fellesloesninger"]);
    const [finding] = writeChangeFindings(
      2020,
      withP((id) => (significant.has(id) ? 0.01 : 0.5)),
      definitions,
    );
    expect(finding?.id).toBe("endringer-signifikante");
    expect(finding?.title).toBe("2 signifikante endringer fra 2019 til 2020");
    expect(finding?.text).toMatch(
      /^2 av \d+ andelsindikatorer endret seg statistisk signifikant fra 2019 til 2020 \(5 %-nivå\)\. /,
    );
    expect(finding?.text).toContain(
      "Andelen «Avanserte innbyggertjenester» økte med 0,4 prosentpoeng (fra 32,2 til 32,6 prosent, en økning på 1 prosent).",
    );
    // The larger change first.
    expect(finding?.text).toContain(
      "(5 %-nivå). Andelen «Tar i bruk nasjonale fellesløsninger» økte med 1 prosentpoeng",
    );
    expect(Object.keys(finding?.numbers ?? {})).toEqual([
      "significant",
      "tested",
      expect.stringMatching(/\.pp$/),
      expect.stringMatching(/\.pp$/),
    ]);
  });

  it("never calls a change that is not significant a rise or a fall", () => {
    const findings = writeChangeFindings(
      2020,
      withP(() => 0.3),
      definitions,
    );
    expect(findings.map((f) => f.id)).toEqual(["endringer-signifikante"]);
    expect(findings[0]?.title).toBe("Ingen signifikante endringer fra 2019 til 2020");
    expect(findings[0]?.text).not.toMatch(/økte|falt|økning|nedgang/);
  });

  it("says so when the largest difference is not among the significant changes", () => {
    const gaps = writeChangeFindings(
      2020,
      withP((id) => (id === "strategi" ? 0.01 : 0.5)),
      definitions,
    );
    expect(gaps.map((f) => f.id)).toEqual(["endringer-signifikante", "endring-storst"]);
    expect(gaps[1]?.text).toMatch(/men den er ikke statistisk signifikant/);
  });

  it("gives nothing for the first year an indicator exists", () => {
    expect(writeChangeFindings(2008, fixtureEstimates(), definitions)).toEqual([]);
  });
});
