import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { definitions, questionnaire } from "../testdata/charts/inputs.js";
import { parseFindingDeclarations } from "./finding-declarations.js";
import { headlineNumbers } from "./headline-numbers.js";

describe("headlineNumbers", () => {
  test("are what the first sentence of each key finding of findings.yaml states", () => {
    const declarations = parseFindingDeclarations(
      readFileSync(new URL("../../templates/findings.yaml", import.meta.url), "utf8"),
      "templates/findings.yaml",
      definitions,
      questionnaire,
    );
    expect(
      headlineNumbers(declarations).map((h) => `${h.indicator} ${h.group}${h.change ? " Δ" : ""}`),
    ).toEqual([
      "avanserte-tjenester alle Δ",
      "manuelle-operasjoner kommune",
      "interne-prosesser-digitalisert stat",
      "interne-prosesser-digitalisert kommune",
      "kompetanse-tilstrekkelig alle",
      "markedssamarbeid stat",
      "markedssamarbeid kommune",
      "markedssamarbeid fylkeskommune",
    ]);
  });
});
