import { describe, expect, it } from "vitest";
import { designYear } from "./design.js";
import { tinyYear } from "../testdata/tiny-survey.js";

describe("designYear", () => {
  const design = designYear(tinyYear());

  it("weights each complete respondent by N_h / n_h of its sector", () => {
    const weights = Object.fromEntries(design.units.map((u) => [u.id, u.weight]));
    expect(weights).toEqual({
      S1: 4 / 3,
      S2: 4 / 3,
      S3: 4 / 3,
      K1: 1.5,
      K2: 1.5,
      K3: 1.5,
      K4: 1.5,
    });
  });

  it("counts item non-respondents in n_h (K4 answered nothing but is a complete unit)", () => {
    expect(design.strata.find((s) => s.stratum === "kommune")?.complete).toBe(4);
  });

  it("keeps partial responses out of the units but in the response rate", () => {
    expect(design.units.map((u) => u.id)).not.toContain("K5");
    const kommune = design.strata.find((s) => s.stratum === "kommune");
    expect(kommune).toMatchObject({ N: 6, complete: 4, partial: 1, responseRate: 5 / 6 });
  });

  it("gives each unit its stratum's frame size for the finite population correction", () => {
    expect(design.units.find((u) => u.id === "S1")?.nStratum).toBe(4);
  });

  it("has an empty stratum, not a division by zero, when a sector has no respondents", () => {
    const fylke = design.strata.find((s) => s.stratum === "fylkeskommune");
    expect(fylke).toEqual({
      stratum: "fylkeskommune",
      N: 0,
      complete: 0,
      partial: 0,
      responseRate: 0,
    });
  });
});
