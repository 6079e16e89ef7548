import { describe, expect, it } from "vitest";
import type { IndicatorEstimate } from "../../indicators/types.js";
import { availability } from "./availability.js";

const estimate = (indicator: string, year: number) =>
  ({ indicator, group: "alle", year }) as IndicatorEstimate;

const available = availability({
  year: 2016,
  years: [2015, 2016],
  estimates: [
    estimate("strategi", 2015),
    estimate("strategi", 2016),
    estimate("digital-modenhet", 2016),
  ],
  distributions: [],
  unavailableFindings: new Map(),
  composites: new Set(["digital-modenhet"]),
});

describe("availability of a report year", () => {
  it("says an indicator was not asked in a year of the input without its estimates", () => {
    expect(available.indicator("datadeling-sjelden")).toBe(
      '"datadeling-sjelden" was not asked in 2016',
    );
    expect(available.indicator("strategi")).toBeUndefined();
    expect(available.indicator("strategi", 2014)).toBe("2014 is not in the input");
  });

  it("says a composite index cannot be computed, rather than that it was not asked", () => {
    expect(available.indicator("digital-modenhet", 2015)).toBe(
      '"digital-modenhet" cannot be computed for 2015: not all of its indicators were asked',
    );
    expect(available.change("digital-modenhet")).toMatch(/cannot be computed for 2015/);
    expect(available.trend("digital-modenhet")).toMatch(/one year only/);
  });
});
