import { describe, expect, it } from "vitest";
import { compositeChecks } from "../indicators/composite-reliability.js";
import { organisationScore } from "../indicators/composite-score.js";
import { indexSensitivity } from "../indicators/composite-sensitivity.js";
import { tinyAnswers, tinyFramework } from "../testdata/composite-framework.js";
import type { Block } from "./blocks.js";
import { indexBlocks } from "./index-blocks.js";

type Table = Extract<Block, { kind: "table" }>;
const framework = tinyFramework();
// The three organisations that answered everything.
const values = tinyAnswers.slice(0, 3);
let table = 6;
const blocks = indexBlocks(
  {
    year: 2020,
    framework,
    checks: compositeChecks(
      framework,
      values.map((v) => organisationScore(framework, v)),
    ),
    sensitivity: indexSensitivity(
      framework,
      values.map((v, i) => ({
        groups: i === 0 ? ["alle", "stat"] : ["alle", "kommune"],
        weight: 1,
        values: v,
      })),
      ["alle", "stat", "kommune"],
    ),
  },
  () => ++table,
);
const [checks, intro, sensitivity] = blocks as [Table, Block, Table];

describe("{{ index-checks }}", () => {
  it("lists every indicator under its dimension, with alpha and n on the dimension's first row", () => {
    expect(checks.number).toBe(7);
    expect(checks.title).toBe("Indeksens dimensjoner og indikatorer, 2020");
    expect(checks.rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["One (vekt 1; minst 2 svar)", "a", "Positiv"],
      ["", "b", "Positiv"],
      ["Two (vekt 1; minst 2 svar)", "c", "Negativ"],
      ["", "d", "Positiv"],
      ["", "e", "Positiv"],
    ]);
    expect(checks.rows[0]![5]).toMatch(/^\d,\d\d \(3\)$/);
    expect(checks.rows[1]![5]).toBe("");
  });

  it("says how many recomputations the sensitivity analysis made, of which kinds", () => {
    expect(intro.kind).toBe("paragraph");
    const text = intro.kind === "paragraph" ? intro.runs.map((r) => r.text).join("") : "";
    expect(text).toContain("Vi har beregnet den 59 ganger");
    expect(text).toContain("med 50 sett av tilfeldige vekter");
    expect(text).toContain("mellom 75 og 125 % av standardvekten");
  });

  it("gives each group its index, the intervals by kind of choice and its rank interval", () => {
    expect(sensitivity.number).toBe(8);
    expect(sensitivity.rows.map((r) => r[0])).toEqual(["Alle", "Stat", "Kommuner"]);
    const [alle, stat] = sensitivity.rows;
    expect(alle![6]).toBe("");
    expect(stat![6]).toBe("1");
    expect(stat![7]).toBe("1");
    for (const row of sensitivity.rows)
      for (const cell of row.slice(2, 6)) expect(cell).toMatch(/^\d+,\d–\d+,\d$/);
  });
});
