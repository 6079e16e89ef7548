import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { thrown } from "../ingest/test-helpers.js";
import {
  isAskedIn,
  parseQuestionnaire,
  questionsInYear,
  variableInYear,
  type Question,
} from "./questions.js";

const HEAD = `background: { id: id, orgnr: orgnr }
status:
  question: statoverall
  prefixes: [stato_]
  codes: { 1: ny, 2: distribuert, 3: delvis, 4: fullfort, 5: frafalt }
questions:
`;

/** One single-choice question "q" with the given extra lines (first_year, variables, …). */
function question(lines: string): Question {
  const parsed = parseQuestionnaire(`${HEAD}  q:
    label: Q
    type: single
    codes: { 1: Ja, 2: Nei }
${lines
  .split("\n")
  .map((line) => `    ${line}`)
  .join("\n")}
`);
  return parsed.questions[0]!;
}

const invalid = (lines: string) => thrown(() => question(lines)).format();

describe("the years of a question", () => {
  test("a question without last_year or not_asked is asked every year from its first year", () => {
    const q = question("first_year: 2010\nvariables: { 2010: s_7, 2014: s_8 }");
    expect(q).toMatchObject({ firstYear: 2010, lastYear: undefined, notAsked: new Set() });
    expect([2009, 2010, 2013, 2014, 2030].map((y) => variableInYear(q, y))).toEqual([
      undefined,
      "s_7",
      "s_7",
      "s_8",
      "s_8",
    ]);
  });

  test("last_year: the question is not asked after it", () => {
    const q = question("first_year: 2008\nlast_year: 2015\nvariables: { 2008: s_2, 2014: s_3 }");
    expect(q.lastYear).toBe(2015);
    expect([2014, 2015, 2016, 2021].map((y) => variableInYear(q, y))).toEqual([
      "s_3",
      "s_3",
      undefined,
      undefined,
    ]);
  });

  test("not_asked: the years inside its span it was not asked", () => {
    const q = question("first_year: 2008\nnot_asked: [2012, 2013]\nvariables: { 2008: s_2 }");
    expect(q.notAsked).toEqual(new Set([2012, 2013]));
    expect([2011, 2012, 2013, 2014].map((y) => variableInYear(q, y))).toEqual([
      "s_2",
      undefined,
      undefined,
      "s_2",
    ]);
  });

  test("questionsInYear leaves out the questions not asked that year", () => {
    const questionnaire = parseQuestionnaire(`${HEAD}  ended:
    label: Ended
    type: number
    first_year: 2008
    last_year: 2019
    variables: { 2008: s_1 }
  paused:
    label: Paused
    type: number
    first_year: 2008
    not_asked: [2020]
    variables: { 2008: s_2 }
`);
    const keys = (year: number) => questionsInYear(questionnaire, year).map((q) => q.key);
    expect(keys(2019)).toEqual(["ended", "paused"]);
    expect(keys(2020)).toEqual([]);
    expect(keys(2021)).toEqual(["paused"]);
  });

  test("isAskedIn reads a span of years without a question (an indicator's, say)", () => {
    expect(isAskedIn({ firstYear: 2010 }, 2009)).toBe(false);
    expect(isAskedIn({ firstYear: 2010 }, 2040)).toBe(true);
    const span = { firstYear: 2010, lastYear: 2015, notAsked: new Set([2012]) };
    expect([2010, 2011, 2012, 2015, 2016].map((y) => isAskedIn(span, y))).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
  });
});

describe("years that contradict each other are TEMPLATE_QUESTIONS_INVALID", () => {
  test("last_year before first_year", () => {
    expect(invalid("first_year: 2010\nlast_year: 2009\nvariables: { 2010: s_1 }")).toBe(
      "templates/questions.yaml TEMPLATE_QUESTIONS_INVALID: questions.q.last_year: last_year 2009 is before first_year 2010; last_year is the last year the question was asked. Fix the questionnaire file.",
    );
  });

  test("a not_asked year outside the span (first_year and last_year were asked)", () => {
    expect(invalid("first_year: 2010\nnot_asked: [2010]\nvariables: { 2010: s_1 }")).toBe(
      "templates/questions.yaml TEMPLATE_QUESTIONS_INVALID: questions.q.not_asked: 2010 is not after first_year 2010; not_asked lists years inside the span the question was not asked (change first_year or last_year to move the span). Fix the questionnaire file.",
    );
    expect(
      invalid("first_year: 2010\nlast_year: 2015\nnot_asked: [2016]\nvariables: { 2010: s_1 }"),
    ).toBe(
      "templates/questions.yaml TEMPLATE_QUESTIONS_INVALID: questions.q.not_asked: 2016 is not between first_year 2010 and last_year 2015; not_asked lists years inside the span the question was not asked (change first_year or last_year to move the span). Fix the questionnaire file.",
    );
  });

  test("a variable for a year after last_year", () => {
    expect(invalid("first_year: 2010\nlast_year: 2015\nvariables: { 2010: s_1, 2019: s_01 }")).toBe(
      "templates/questions.yaml TEMPLATE_QUESTIONS_INVALID: questions.q.variables.2019: a variable for 2019, after last_year 2015; the question is not asked after last_year (remove the entry or change last_year). Fix the questionnaire file.",
    );
  });

  test("not a list of years", () => {
    expect(invalid("first_year: 2010\nnot_asked: 2012\nvariables: { 2010: s_1 }")).toMatch(
      /^templates\/questions\.yaml TEMPLATE_QUESTIONS_INVALID: questions\.q\.not_asked: /,
    );
  });
});

describe("templates/questions.yaml", () => {
  test("parses, and every question is asked in its first year", () => {
    const questionnaire = parseQuestionnaire(readFileSync("templates/questions.yaml", "utf8"));
    for (const q of questionnaire.questions)
      expect(variableInYear(q, q.firstYear), q.key).toBeDefined();
  });
});
