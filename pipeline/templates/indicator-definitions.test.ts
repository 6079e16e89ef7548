import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { thrown } from "../ingest/test-helpers.js";
import { indicatorAskedIn, parseIndicatorDefinitions } from "./indicator-definitions.js";
import { parseQuestionnaire } from "./questions.js";

const questionnaire = parseQuestionnaire(`background: { id: id, orgnr: orgnr }
status:
  question: statoverall
  prefixes: [stato_]
  codes: { 1: ny, 2: distribuert, 3: delvis, 4: fullfort, 5: frafalt }
questions:
  strategi:
    label: Strategi
    type: single
    first_year: 2008
    last_year: 2018
    not_asked: [2012]
    variables: { 2008: s_2 }
    codes: { 1: Ja, 2: Nei, 3: Vet ikke }
    non_substantive: [3]
  tjenesteniva:
    label: Tjenestenivå
    type: single
    first_year: 2010
    variables: { 2010: s_7 }
    codes: { 1: Informasjon, 2: Enkel, 3: Avansert }
`);

const indicator = (fields: string) =>
  parseIndicatorDefinitions(
    `indicators:\n  - ${fields.split("\n").join("\n    ")}\n`,
    questionnaire,
  )[0]!;

describe("the years an indicator exists", () => {
  test("it copies its question's first year, last_year and not_asked years", () => {
    expect(
      indicator("id: strategi\nlabel: S\nquestion: strategi\nmeasure: share\ncodes: [1]"),
    ).toMatchObject({ firstYear: 2008, lastYear: 2018, notAsked: new Set([2012]) });
  });

  test("indicatorAskedIn: from its first year, up to the question's last year, not in not_asked years", () => {
    const strategi = indicator(
      "id: strategi\nlabel: S\nquestion: strategi\nmeasure: share\ncodes: [1]",
    );
    const years = [2007, 2008, 2011, 2012, 2013, 2018, 2019];
    expect(years.filter((y) => indicatorAskedIn(strategi, y))).toEqual([2008, 2011, 2013, 2018]);
  });

  test("an indicator's own first_year starts it later than its question", () => {
    const later = indicator(
      "id: strategi\nlabel: S\nquestion: strategi\nmeasure: share\ncodes: [1]\nfirst_year: 2011",
    );
    expect([2010, 2011, 2012, 2013].map((y) => indicatorAskedIn(later, y))).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });

  test("a question still asked: every year from the first", () => {
    const advanced = indicator(
      "id: avanserte-tjenester\nlabel: A\nquestion: tjenesteniva\nmeasure: share\ncodes: [3]",
    );
    expect(advanced).toMatchObject({ firstYear: 2010, lastYear: undefined, notAsked: new Set() });
    expect([2009, 2010, 2040].map((y) => indicatorAskedIn(advanced, y))).toEqual([
      false,
      true,
      true,
    ]);
  });

  test("a hand-made definition without lastYear and notAsked exists every year from its first", () => {
    const plain = {
      ...indicator("id: strategi\nlabel: S\nquestion: strategi\nmeasure: share\ncodes: [1]"),
      lastYear: undefined,
      notAsked: undefined,
    };
    expect([2012, 2030].map((y) => indicatorAskedIn(plain, y))).toEqual([true, true]);
  });
});

describe("an indicator outside its question's years is TEMPLATE_INDICATORS_INVALID", () => {
  test("starting after the question's last year", () => {
    expect(
      thrown(() =>
        indicator(
          "id: strategi\nlabel: S\nquestion: strategi\nmeasure: share\ncodes: [1]\nfirst_year: 2019",
        ),
      ).format(),
    ).toBe(
      'templates/indicators.yaml TEMPLATE_INDICATORS_INVALID: indicator "strategi" starts in 2019, after the last year of "strategi" (last_year 2018): it would never exist. Change its first_year or remove it.',
    );
  });

  test("starting before the question was first asked", () => {
    expect(
      thrown(() =>
        indicator(
          "id: avanserte-tjenester\nlabel: A\nquestion: tjenesteniva\nmeasure: share\ncodes: [3]\nfirst_year: 2008",
        ),
      ).format(),
    ).toBe(
      'templates/indicators.yaml TEMPLATE_INDICATORS_INVALID: indicator "avanserte-tjenester" starts in 2008, before "tjenesteniva" was first asked (first_year 2010). Change its first_year or leave it out.',
    );
  });
});

describe("templates/indicators.yaml", () => {
  test("parses against templates/questions.yaml", () => {
    const real = parseQuestionnaire(readFileSync("templates/questions.yaml", "utf8"));
    const definitions = parseIndicatorDefinitions(
      readFileSync("templates/indicators.yaml", "utf8"),
      real,
    );
    expect(definitions.length).toBeGreaterThan(0);
    for (const d of definitions) expect(indicatorAskedIn(d, d.firstYear), d.id).toBe(true);
  });
});
