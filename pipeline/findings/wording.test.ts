import { describe, expect, it } from "vitest";
import { describeShareChange, digitsForChange, shareInTenths } from "./wording.js";

describe("describeShareChange", () => {
  it("says percentage points for the difference and percent for the relative change", () => {
    expect(describeShareChange(0.27, 0.33)).toBe(
      "økte med 6 prosentpoeng (fra 27 til 33 prosent, en økning på 22 prosent)",
    );
  });
  it("says 'falt' and 'en nedgang' for a fall", () => {
    expect(describeShareChange(0.63, 0.6)).toBe(
      "falt med 3 prosentpoeng (fra 63 til 60 prosent, en nedgang på 5 prosent)",
    );
  });
  it("uses one decimal when whole numbers would not add up (27.4 → 32.6 is 5.2 pp)", () => {
    expect(digitsForChange(0.274, 0.326)).toBe(1);
    expect(describeShareChange(0.274, 0.326)).toBe(
      "økte med 5,2 prosentpoeng (fra 27,4 til 32,6 prosent, en økning på 19 prosent)",
    );
  });
  it("says unchanged when the rounded change is zero", () => {
    expect(describeShareChange(0.3, 0.301)).toBe("var uendret (fra 30 til 30 prosent)");
  });
});

describe("shareInTenths", () => {
  it("reads 0.6 as 'seks av ti'", () => expect(shareInTenths(0.6)).toBe("seks av ti"));
  it("does not round 0.65 to a tenth", () => expect(shareInTenths(0.65)).toBeUndefined());
});
