import { describe, expect, it } from "vitest";
import {
  formatNumber,
  formatPercent,
  formatPercentagePoints,
  formatRelativePercent,
  roundHalfAwayFromZero,
} from "./nb.js";

describe("Norwegian number formatting", () => {
  it("uses a decimal comma and a non-breaking space between thousands", () => {
    expect(formatNumber(1234567.891, 2)).toBe("1\u00a0234\u00a0567,89");
  });
  it("writes minus as U+2212", () => {
    expect(formatNumber(-3.5, 1)).toBe("\u22123,5");
  });
  it("never writes a negative zero", () => {
    expect(formatNumber(-0.0001, 1)).toBe("0,0");
  });
  it("writes percent with a non-breaking space: 0.234 → 23 %", () => {
    expect(formatPercent(0.234)).toBe("23\u00a0%");
  });
  it("writes percentage points with a sign: +6 pp, −2 pp", () => {
    expect(formatPercentagePoints(0.06)).toBe("+6\u00a0pp");
    expect(formatPercentagePoints(-0.02)).toBe("\u22122\u00a0pp");
    expect(formatPercentagePoints(0.001)).toBe("0\u00a0pp");
  });
  it("writes relative change in percent with a sign: +23 %", () => {
    expect(formatRelativePercent(22.6)).toBe("+23\u00a0%");
  });
  it("rounds half away from zero, as a reader expects", () => {
    expect(roundHalfAwayFromZero(0.125, 2)).toBe(0.13);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
  });
});
