// Which dataset column holds what: above all, what a question of the year without its column
// says (INPUT_QUESTION_MISSING), and that a question declared not asked needs no column.
import { describe, expect, test } from "vitest";
import { parseQuestionnaire } from "../templates/questions.js";
import type { Codebook, CodebookVariable } from "./codebook.js";
import { planColumns } from "./columns.js";
import type { Table } from "./read-table.js";
import { thrown } from "./test-helpers.js";

const STATUS = ["stato_1", "stato_2", "stato_3", "stato_4", "stato_5"];

/** A questionnaire of the given questions, written as questions.yaml entries. */
function questionnaire(questions: string) {
  return parseQuestionnaire(`background: { id: id, orgnr: orgnr }
status:
  question: statoverall
  prefixes: [stato_]
  codes: { 1: ny, 2: distribuert, 3: delvis, 4: fullfort, 5: frafalt }
questions:
${questions}`);
}

const single = (key: string, years: string) => `  ${key}:
    label: ${key}
    type: single
    ${years}
    codes: { 1: Ja, 2: Nei }
`;

const barrierer = (years: string) => `  barrierer:
    label: Barrierer
    type: multi
    ${years}
    options: { 1: kompetanse, 2: kapasitet }
`;

const table = (...columns: string[]): Table => ({
  file: "2021/dataset.csv",
  header: ["id", "orgnr", ...columns, ...STATUS],
  headerLine: 1,
  rows: [],
  rejects: [],
  rowsRead: 0,
});

/** A codebook of multi-choice columns: [question name, column, choice value]. */
function codebook(...multi: Array<[string, string, number]>): Codebook {
  const variables = new Map<string, CodebookVariable>();
  const questions = new Map<string, CodebookVariable[]>();
  multi.forEach(([questionName, variableName, choiceValue], i) => {
    const variable: CodebookVariable = {
      variableName,
      questionName,
      questionType: "Closed",
      subType: "Multiple",
      questionText: questionName,
      choiceValue,
      choiceText: String(choiceValue),
      line: i + 2,
    };
    variables.set(variableName, variable);
    questions.set(questionName, [...(questions.get(questionName) ?? []), variable]);
  });
  return { variables, questions, labels: new Map() };
}

const plan = (questions: string, columns: string[], book = codebook(), year = 2021) =>
  planColumns(table(...columns), book, questionnaire(questions), year);

const missing = (...args: Parameters<typeof plan>) => thrown(() => plan(...args)).format();

describe("a question of the year missing from the dataset is INPUT_QUESTION_MISSING", () => {
  test("it offers the declarations (renamed, ended, not asked) and names unused columns as the new name", () => {
    expect(
      missing(single("strategi", "first_year: 2008\n    variables: { 2008: s_02 }"), ["s_20"]),
    ).toBe(
      '2021/dataset.csv:1 INPUT_QUESTION_MISSING: The variable "s_02" of question "strategi" (templates/questions.yaml) is not in dataset.csv. If the question was renamed, add "2021: <new name>" under its variables (columns no question uses: "s_20"); if it was not asked in 2021, add "last_year: 2020" (ended) or "not_asked: [2021]" to the question; or export the question.',
    );
  });

  test("without unused columns it names none; at most five are named", () => {
    const strategi = single("strategi", "first_year: 2008\n    variables: { 2008: s_02 }");
    expect(missing(strategi, [])).toContain(
      'If the question was renamed, add "2021: <new name>" under its variables; if it',
    );
    expect(missing(strategi, ["a", "b", "c", "d", "e", "f", "g"])).toContain(
      '(columns no question uses: "a", "b", "c", "d", "e" and 2 others);',
    );
  });

  test("the columns of a multi-choice question are no single question's new name", () => {
    const book = codebook(["m_9", "m_9_1", 1], ["m_9", "m_9_2", 2]);
    const strategi = single("strategi", "first_year: 2008\n    variables: { 2008: s_02 }");
    expect(missing(strategi, ["m_9_1", "s_20", "m_9_2"], book)).toContain(
      '(columns no question uses: "s_20");',
    );
  });

  test("a variable named for this very year is to be changed, not added", () => {
    expect(
      missing(single("strategi", "first_year: 2008\n    variables: { 2008: s_02, 2021: s_2 }"), []),
    ).toContain(
      'If the question was renamed, change "2021: s_2" under its variables to the new name;',
    );
  });

  test("the last year asked is the year to end it in; a not_asked list gets this year added", () => {
    expect(
      missing(
        single(
          "strategi",
          "first_year: 2008\n    not_asked: [2020]\n    variables: { 2008: s_02 }",
        ),
        [],
      ),
    ).toContain(
      'if it was not asked in 2021, set "last_year: 2019" (ended) or "not_asked: [2020, 2021]" in the question; or export the question.',
    );
  });

  test("in its declared last year only last_year can move", () => {
    expect(
      missing(
        single("strategi", "first_year: 2008\n    last_year: 2021\n    variables: { 2008: s_02 }"),
        [],
      ),
    ).toContain('if it was not asked in 2021, set "last_year: 2020" (ended) in the question;');
  });

  test("in its first year the first year can move", () => {
    expect(missing(single("ny", "first_year: 2021\n    variables: { 2021: s_30 }"), [])).toContain(
      'If the question was renamed, change "2021: s_30" under its variables to the new name; if it was first asked after 2021, change its first_year; or export the question.',
    );
  });

  test("a multi-choice question names the unused question names of structure.csv", () => {
    const book = codebook(["m_9", "m_9_1", 1], ["m_9", "m_9_2", 2]);
    expect(
      missing(
        barrierer("first_year: 2008\n    variables: { 2008: m_5 }"),
        ["m_9_1", "m_9_2"],
        book,
      ),
    ).toBe(
      '2021/dataset.csv:1 INPUT_QUESTION_MISSING: The variable "m_5" of question "barrierer" (templates/questions.yaml) has no columns in dataset.csv (the columns structure.csv lists under "m_5"). If the question was renamed, add "2021: <new name>" under its variables (question names no question uses: "m_9"); if it was not asked in 2021, add "last_year: 2020" (ended) or "not_asked: [2021]" to the question; or export the question.',
    );
  });

  test("the other missing questions of the year are named too", () => {
    const three = ["a", "b", "c"]
      .map((key, i) => single(key, `first_year: 2008\n    variables: { 2008: s_${i} }`))
      .join("");
    expect(missing(three, [])).toMatch(
      /; or export the question\. 2 more questions of 2021 are missing too: "b", "c"\.$/,
    );
    expect(missing(three, ["s_0"])).toMatch(/ One more question of 2021 is missing too: "c"\.$/);
  });
});

describe("a question declared not asked needs no column", () => {
  test("after its last_year and in its not_asked years, it has no column and no value", () => {
    const questions =
      single("strategi", "first_year: 2008\n    last_year: 2020\n    variables: { 2008: s_02 }") +
      single("ledelse", "first_year: 2008\n    not_asked: [2021]\n    variables: { 2008: s_03 }");
    expect(plan(questions, ["s_9"])).toMatchObject({
      answers: [],
      valueColumns: [],
      unmapped: ["s_9"],
    });
    expect(plan(questions, ["s_02", "s_03"], codebook(), 2020).valueColumns).toEqual([
      "strategi",
      "ledelse",
    ]);
    expect(plan(questions, ["s_03"], codebook(), 2022).valueColumns).toEqual(["ledelse"]);
  });
});
