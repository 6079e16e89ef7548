import { describe, expect, test } from "vitest";
import { fixtureEstimates } from "../testdata/charts/fixtures.js";
import { context, definitions } from "../testdata/charts/inputs.js";
import { changeDotsChart } from "./change-dots.js";

const chart = (estimates = fixtureEstimates()) =>
  changeDotsChart({
    id: "endring-alle",
    title: "Endring",
    definitions,
    estimates,
    group: "alle",
    context,
  });

describe("changeDotsChart", () => {
  test("claims nothing about significance when there are no p-values", () => {
    const untested = fixtureEstimates().map((e) => ({
      ...e,
      pValue: null,
      pAdjusted: null,
      changeSe: null,
    }));
    const spec = JSON.stringify(chart(untested).spec);
    expect(spec).not.toContain("Ikke signifikant");
    expect(spec).not.toContain("Signifikant");
  });

  test("marks significant changes when p-values exist", () => {
    const withP = fixtureEstimates().map((e) => ({
      ...e,
      pValue: e.changePp === null ? null : 0.01,
      pAdjusted: e.changePp === null ? null : 0.01,
    }));
    expect(JSON.stringify(chart(withP).spec)).toContain("Signifikant (5 %)");
  });

  test("fills a dot only when the p-value adjusted for the year's many changes is below 0,05", () => {
    const rawOnly = fixtureEstimates().map((e) => ({
      ...e,
      pValue: e.changePp === null ? null : 0.01,
      pAdjusted: e.changePp === null ? null : 0.09,
    }));
    const values = (chart(rawOnly).spec.data as { values: Array<{ signifikant: boolean }> }).values;
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => !v.signifikant)).toBe(true);
  });

  test("speaks in percentage points on the axis", () => {
    expect(JSON.stringify(chart().spec)).toContain("(prosentpoeng)");
  });
});
