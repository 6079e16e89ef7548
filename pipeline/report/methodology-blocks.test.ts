import { describe, expect, test } from "vitest";
import type { Block } from "./blocks.js";
import { effectSentence, methodologyBlocks } from "./methodology-blocks.js";
import { testReportInput } from "../testdata/report/test-input.js";

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const blocksOf = (overrides: Partial<ReturnType<typeof testReportInput>["methodology"]> = {}) => {
  const input = testReportInput();
  let table = 0;
  return methodologyBlocks(
    2020,
    { ...input.methodology, ...overrides },
    () => ++table,
    input.estimates,
  );
};
const texts = (blocks: Block[]) =>
  blocks.flatMap((b) =>
    b.kind === "paragraph"
      ? [nbsp(b.runs.map((r) => r.text).join(""))]
      : b.kind === "list"
        ? b.items.map((item) => nbsp(item.map((r) => r.text).join("")))
        : [],
  );
const tables = (blocks: Block[]) =>
  blocks.filter((b): b is Extract<Block, { kind: "table" }> => b.kind === "table");

describe("the weighting in the methodology appendix", () => {
  test("with calibrated weights: what they are calibrated to, and which cells were merged", () => {
    const all = texts(blocksOf()).join("\n");
    expect(all).toContain("kalibrert med raking");
    expect(all).toContain(
      "En celle med færre enn fem svar er slått sammen med nabocellen: kommuner med 5 000–20 000 og over 50 000 innbyggere; fylke 03 og 11.",
    );
  });

  test("a table of every margin's cells: frame N, answers n, the weights' sums before and after", () => {
    const [, margins] = tables(blocksOf());
    expect(margins?.title).toBe(
      "Kalibreringsmarginer: sum av vektene før og etter kalibrering, 2020",
    );
    expect(margins?.rows.map((r) => r.map(nbsp))).toEqual([
      ["Sektor og størrelse", "Statlige virksomheter", "180", "120", "180,0", "180,0"],
      ["", "Kommuner under 5 000 innb.", "174", "80", "190,2", "174,0"],
      ["", "Kommuner 5 000–20 000 og over 50 000 innb.", "182", "110", "165,8", "182,0"],
      ["Fylke (kommuner)", "Fylke 03 + 11", "24", "14", "25,1", "24,0"],
      ["", "Fylke 15", "332", "176", "330,9", "332,0"],
    ]);
  });

  test("the spread of the weights and their design effect", () => {
    expect(texts(blocksOf())).toContain(
      "Blant kommunene varierer de kalibrerte vektene fra 1,52 til 2,31, der sektorvekten er den samme for alle. Designeffekten av vektingen (1 + kvadratet av vektenes variasjonskoeffisient) er 1,03 blant kommunene og 1,09 for alle virksomhetene samlet. Standardfeilene tar hensyn til kalibreringen.",
    );
  });

  test("one sentence per headline number on how far calibration moved it", () => {
    const list = texts(blocksOf());
    expect(list).toContain(
      "Andelen «avanserte innbyggertjenester» blant virksomhetene: 33,1 % med kalibrerte vekter mot 32,0 % med sektorvekter, 1,1 prosentpoeng høyere. Endringen fra 2019 er +6,1 prosentpoeng mot +5,8 prosentpoeng.",
    );
    expect(list).toContain(
      "Gjennomsnittet for «samarbeid med markedet» blant kommunene: 2,86 med kalibrerte vekter mot 2,84 med sektorvekter, 0,02 høyere.",
    );
    expect(list).toContain(
      "Tallene for de statlige virksomhetene og fylkeskommunene endres ikke av kalibreringen.",
    );
  });

  test("a number calibration did not move reads 'uendret'", () => {
    const sentence = effectSentence(2020, {
      finding: "f",
      indicator: "x",
      label: "X",
      group: "kommune",
      measure: "share",
      calibrated: 0.41234,
      sector: 0.41221,
      change: undefined,
    });
    expect(nbsp(sentence)).toBe(
      "Andelen «x» blant kommunene: 41,2 % med kalibrerte vekter mot 41,2 % med sektorvekter, uendret.",
    );
  });

  test("with sector weights: no calibration table, and it says what that leaves", () => {
    const blocks = blocksOf({ weighting: "sector", calibration: undefined, calibrationEffect: [] });
    expect(tables(blocks).map((t) => t.title)).not.toContain(
      "Kalibreringsmarginer: sum av vektene før og etter kalibrering, 2020",
    );
    expect(texts(blocks).join("\n")).toContain(
      "Vektene er ikke kalibrert mot kommunestørrelse og fylke.",
    );
  });
});

describe("many tests in the methodology appendix", () => {
  test("states how many changes and gaps were tested, and what Benjamini–Hochberg at 5 % means", () => {
    const all = texts(blocksOf()).join("\n");
    expect(all).toContain("Rapporten tester 168 endringer fra 2019 til 2020");
    expect(all).toContain("og 63 forskjeller mellom to sektorer");
    expect(all).toContain("Benjamini–Hochberg-metoden på 5 %-nivå");
    expect(all).toContain(
      "Av endringene har 30 en p-verdi under 0,05, og 9 er signifikante etter justeringen; av sektorforskjellene har 25 en p-verdi under 0,05, og 18 er signifikante etter justeringen.",
    );
  });

  test("without a year before, only the gaps are a family", () => {
    const all = texts(blocksOf({ yearsCovered: [2020] })).join("\n");
    expect(all).toContain("Rapporten tester 63 forskjeller mellom to sektorer i 2020.");
    expect(all).not.toContain("endringer fra 2019");
  });
});
