import { describe, expect, it } from "vitest";
import { ItipError } from "../errors.js";
import { definitions as realDefinitions, questionnaire } from "../testdata/charts/inputs.js";
import { testReportInput } from "../testdata/report/test-input.js";
import type { Block } from "./blocks.js";
import { definitionBlocks } from "./definition-blocks.js";
import { reportContent } from "./template/report-blocks.js";

type Table = Extract<Block, { kind: "table" }>;

/** The tables of a report whose template is `body`. */
function tablesOf(body: string): Table[] {
  const input = testReportInput();
  const { blocks } = reportContent({ ...input, template: { ...input.template, text: body } });
  return blocks.filter((b): b is Table => b.kind === "table");
}

function templateErrorOf(body: string): string {
  try {
    tablesOf(body);
  } catch (error) {
    if (error instanceof ItipError) return error.format();
    throw error;
  }
  throw new Error("expected a template error");
}

describe("{{ table }}", () => {
  it("shows each estimate with its 95 % interval, «:» when suppressed, «–» when missing", () => {
    const [table] = tablesOf(
      '# T\n\n{{ table "Tall" indicators="avanserte-tjenester, markedssamarbeid" groups="kommune, alle, stat" }}\n',
    );
    expect(table?.title).toBe("Tall, 2020");
    expect(table?.columns.map((c) => c.header)).toEqual(["Indikator", "Kommuner", "Alle", "Stat"]);
    expect(table?.rows).toEqual([
      ["Avanserte innbyggertjenester", "29\u00a0% (25–33)", "33\u00a0% (29–37)", "–"],
      ["Samarbeid med markedet", ":", "2,9 (2,9–3,0)", "–"],
    ]);
    expect(table?.rowHeaders).toBe(true);
    expect(table?.note).toBe(
      "Base: n = 160–250 virksomheter (2020). Tall i parentes er 95 % konfidensintervall. Gjennomsnitt er på skalaen fra 1 til 5. «:» = færre enn fem svar i grunnlaget (prikket). «–» = spørsmålet ble ikke stilt dette året. Kilde: IT i praksis 2020, eksempeldata.",
    );
  });

  it("leaves the intervals out with ci=no, and says nothing about them", () => {
    const [table] = tablesOf('{{ table "Tall" indicators="avanserte-tjenester" ci=no }}\n');
    expect(table?.rows[0]).toEqual([
      "Avanserte innbyggertjenester",
      "–",
      "29\u00a0%",
      "–",
      "33\u00a0%",
    ]);
    expect(table?.note).not.toContain("konfidensintervall");
  });

  it("expands a prefix ending in * in the order of indicators.yaml, and * to every indicator asked in the table's year", () => {
    const [some, all] = tablesOf(
      '{{ table "A" indicators="lang-1*" groups="alle" }}\n\n{{ table "B" indicators="*" groups="alle" year=2019 }}\n',
    );
    expect(some?.rows.map((r) => r[0])).toEqual(
      Array.from({ length: 10 }, (_, i) => `Lang tabell, rad ${i + 10}`),
    );
    // Only avanserte-tjenester has estimates in 2019: the rest of "*" is left out, not dashed.
    expect(all?.rows.map((r) => r[0])).toEqual(["Avanserte innbyggertjenester"]);
    expect(all?.title).toBe("B, 2019");
    expect(some?.number).toBe(1);
    expect(all?.number).toBe(2);
  });

  it("stops at the directive's line for an unknown indicator, group or empty prefix", () => {
    expect(templateErrorOf('# T\n\n{{ table "T" indicators="avanserte, strategi" }}\n')).toMatch(
      /^pipeline\/testdata\/report\/template\.md:3:1 TEMPLATE_INDICATOR_UNKNOWN: unknown indicator "avanserte"\. Known indicator ids: avanserte-tjenester, markedssamarbeid, lang-01/,
    );
    expect(templateErrorOf('\n{{ table "T" indicators="*" groups="stat, kommuner" }}\n')).toBe(
      'pipeline/testdata/report/template.md:2:1 TEMPLATE_GROUP_UNKNOWN: unknown group "kommuner". Known groups: alle, stat, kommune, fylkeskommune, kommune-<5k, kommune-5-20k, kommune-20-50k, kommune->50k.',
    );
    expect(templateErrorOf('{{ table "T" indicators="gevinst-*" }}\n')).toBe(
      'pipeline/testdata/report/template.md:1:1 TEMPLATE_INDICATOR_PATTERN_EMPTY: no indicator id starts with "gevinst-". Use an id from indicators.yaml or a prefix followed by "*", like "barriere-*".',
    );
  });

  it("must stand on a line of its own", () => {
    expect(templateErrorOf('Se {{ table "T" indicators="*" }}\n')).toBe(
      "pipeline/testdata/report/template.md:1:4 TEMPLATE_DIRECTIVE_NOT_ALONE: {{ table }} inserts a block: put it on a line of its own.",
    );
  });
});

describe("{{ definitions }}", () => {
  const [table] = definitionBlocks(2020, realDefinitions, questionnaire, 7) as Table[];
  const row = (label: string) => table?.rows.find((r) => r[0] === label);

  it("has one row per indicator of indicators.yaml, in its order", () => {
    expect(table?.rows.map((r) => r[0])).toEqual(realDefinitions.map((d) => d.label));
    expect(table?.number).toBe(7);
    expect(table?.columns.map((c) => c.header)).toEqual([
      "Indikator",
      "Spørsmål",
      "Teller med",
      "Grunnlag",
    ]);
  });

  it("names the question, the codes counted and what is left out of the base", () => {
    expect(row("Avanserte innbyggertjenester")).toEqual([
      "Avanserte innbyggertjenester",
      "Nivå på innbyggertjenestene (stilt fra 2010)",
      "Svarer «Avansert individuell tjeneste»",
      "Alle som har svart, unntatt «Vet ikke»",
    ]);
    expect(row("Samarbeid med markedet (gjennomsnitt 1–5)")?.[2]).toBe(
      "Gjennomsnitt av svarene (skala 1–5)",
    );
    expect(row("Barriere: regelverk")?.slice(2)).toEqual([
      "Har krysset av for «Regelverk»",
      "Alle som har svart på spørsmålet",
    ]);
  });
});
