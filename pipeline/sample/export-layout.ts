// The columns of one year's export, in dataset order: background variables, the questions of the
// year (questions.yaml), then the one-hot status. A multi-choice question has one 0/1 column per
// option, `<questionName>_<k>`; from the first questionnaire revision after the question was
// introduced the options are listed in a shuffled order, so the suffix k is not the choice value
// (as in real exports) and only structure.csv maps a column to its option.
import type { Question, Questionnaire } from "../templates/questions.js";
import { questionsInYear, variableInYear } from "../templates/questions.js";
import { randomFor, shuffled } from "../seeded-random.js";
import { STATUS_CODES, type StatusCode } from "./status.js";

export type ExportColumn =
  | { kind: "background"; name: string; field: "id" | "orgnr" }
  | { kind: "single" | "number" | "text"; name: string; question: Question }
  | { kind: "multi"; name: string; questionName: string; question: Question; choiceValue: number }
  | { kind: "status"; name: string; questionName: string; code: StatusCode };

/** A column holding a single-choice code, a number or a text. */
export type QuestionColumn = Extract<ExportColumn, { kind: "single" | "number" | "text" }>;

/** The year the question's current variable name took effect (a questionnaire revision). */
function revisionYear(question: Question, year: number): number {
  let found = question.firstYear;
  for (const [from] of question.variables) if (from <= year) found = Math.max(from, found);
  return found;
}

/** The choice values of a multi question in column order for `year`. */
export function optionOrder(question: Question, year: number, seed: number): number[] {
  const values = [...question.options.keys()];
  const revision = revisionYear(question, year);
  if (revision === question.firstYear || values.length < 2) return values;
  const random = randomFor(seed, "option-order", question.key, revision);
  let order = shuffled(values, random);
  while (order.every((v, i) => v === values[i])) order = shuffled(values, random);
  return order;
}

function questionColumns(question: Question, year: number, seed: number): ExportColumn[] {
  const name = variableInYear(question, year);
  if (name === undefined) return [];
  if (question.type === "multi")
    return optionOrder(question, year, seed).map((choiceValue, i) => ({
      kind: "multi",
      name: `${name}_${i + 1}`,
      questionName: name,
      question,
      choiceValue,
    }));
  const kind = question.type === "single" ? "single" : question.type;
  return [{ kind, name, question }];
}

export function exportColumns(
  questionnaire: Questionnaire,
  year: number,
  seed: number,
): ExportColumn[] {
  const statusPrefix = questionnaire.status.prefixes[0] ?? "stato_";
  return [
    { kind: "background", name: questionnaire.background.id, field: "id" },
    { kind: "background", name: questionnaire.background.orgnr, field: "orgnr" },
    ...questionsInYear(questionnaire, year).flatMap((q) => questionColumns(q, year, seed)),
    ...STATUS_CODES.map((code): ExportColumn => ({
      kind: "status",
      name: `${statusPrefix}${code}`,
      questionName: questionnaire.status.question,
      code,
    })),
  ];
}
