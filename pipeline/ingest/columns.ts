// Which dataset column holds what, for one year: the background variables, the one-hot status
// columns, and each question's column(s) under its stable key. Multi-choice columns are mapped
// through the codebook's choice value, never through their suffix.
import path from "node:path";
import { ItipError } from "../errors.js";
import {
  variableInYear,
  questionsInYear,
  type Question,
  type Questionnaire,
  type ResponseStatus,
} from "../templates/questions.js";
import type { Codebook } from "./codebook.js";
import type { CodeScheme } from "./cells.js";
import { FileCode, fileMessage } from "./messages.js";
import type { Table } from "./read-table.js";

export type AnswerColumn =
  | { kind: "single"; index: number; name: string; target: string; scheme: CodeScheme }
  | { kind: "number"; index: number; name: string; target: string }
  | { kind: "multi"; index: number; name: string; target: string }
  | { kind: "text"; index: number; name: string; target: string };

export interface StatusColumn {
  index: number;
  name: string;
  status: ResponseStatus;
}

/** A dataset column structure.csv declares a date; `target` is its text question, if any. */
export interface DateColumn {
  index: number;
  name: string;
  target: string | undefined;
}

export interface ColumnPlan {
  id: number;
  orgnr: number | undefined;
  status: StatusColumn[];
  answers: AnswerColumn[];
  /** Harmonised value columns of the year (`key` or `key.option`), each respondent gets all. */
  valueColumns: string[];
  /** Question keys of the year's free-text questions. */
  textColumns: string[];
  /** Columns structure.csv declares Open/Date (or DateTime): checked, kept as text. */
  dates: DateColumn[];
  /** Dataset columns nobody claims. */
  unmapped: string[];
}

/** SurveyXact's date questions: questionType Open with subType Date or DateTime. */
export function isDateVariable(variable: { questionType: string; subType: string }): boolean {
  return /^date(time)?$/i.test(variable.subType) || /^date(time)?$/i.test(variable.questionType);
}

function dateColumns(table: Table, codebook: Codebook, answers: AnswerColumn[]): DateColumn[] {
  const dates: DateColumn[] = [];
  table.header.forEach((name, index) => {
    const variable = codebook.variables.get(name);
    if (!variable || !isDateVariable(variable)) return;
    const answer = answers.find((a) => a.index === index);
    if (answer === undefined || answer.kind === "text")
      dates.push({ index, name, target: answer?.target });
  });
  return dates;
}

function labelCodes(question: Question, codebookLabels: ReadonlyMap<number, string> | undefined) {
  const byLabel = new Map<string, number>();
  for (const [code, label] of codebookLabels ?? []) byLabel.set(label.trim().toLowerCase(), code);
  for (const [code, label] of question.codes) byLabel.set(label.trim().toLowerCase(), code);
  return byLabel;
}

function statusColumns(
  table: Table,
  codebook: Codebook,
  questionnaire: Questionnaire,
): StatusColumn[] {
  const columns: StatusColumn[] = [];
  table.header.forEach((name, index) => {
    const prefix = questionnaire.status.prefixes.find((p) => name.startsWith(p));
    const suffix = prefix === undefined ? "" : name.slice(prefix.length);
    if (!/^\d+$/.test(suffix)) return;
    const value = codebook.variables.get(name)?.choiceValue ?? Number(suffix);
    const status = questionnaire.status.codes.get(value);
    if (status) columns.push({ index, name, status });
  });
  if (columns.length === 0)
    throw new ItipError(
      FileCode.statusMissing,
      fileMessage.statusMissing(questionnaire.status.prefixes),
      {
        location: { file: table.file, line: table.headerLine },
      },
    );
  return columns;
}

interface MissingVariable {
  question: Question;
  variable: string;
}

/** The last year before `year` in which the question was asked. */
function previousAskedYear(question: Question, year: number): number | undefined {
  for (let y = year - 1; y >= question.firstYear; y--)
    if (variableInYear(question, y) !== undefined) return y;
  return undefined;
}

/**
 * INPUT_QUESTION_MISSING for the first question whose variable the dataset lacks, with what
 * to declare in questions.yaml if it was renamed or not asked, and the unmapped columns that
 * might be its new name.
 */
function questionMissing(
  table: Table,
  codebook: Codebook,
  [{ question, variable }, ...others]: [MissingVariable, ...MissingVariable[]],
  unmapped: string[],
  year: number,
): ItipError {
  const multi = question.type === "multi";
  // The new name of a multi-choice question is a question name of structure.csv with several
  // columns; of any other question, a column that is a question of its own.
  const questionOf = (name: string) => codebook.variables.get(name)?.questionName ?? name;
  const candidates = multi
    ? [...new Set(unmapped.filter((name) => questionOf(name) !== name).map(questionOf))]
    : unmapped.filter((name) => questionOf(name) === name);
  const message = fileMessage.questionMissing({
    key: question.key,
    variable,
    multi,
    year,
    file: path.basename(table.file),
    namedThisYear: question.variables.some(([from]) => from === year),
    previousYear: previousAskedYear(question, year),
    lastYear: question.lastYear,
    notAsked: [...question.notAsked].sort((a, b) => a - b),
    candidates,
    others: others.map((o) => o.question.key),
  });
  return new ItipError(FileCode.questionMissing, message, {
    location: { file: table.file, line: table.headerLine },
  });
}

/** The dataset column(s) of a question in the year; none if the dataset lacks its variable. */
function answerColumns(
  question: Question,
  variable: string,
  table: Table,
  codebook: Codebook,
): AnswerColumn[] {
  const { key } = question;
  if (question.type === "multi") {
    const columns: AnswerColumn[] = [];
    for (const option of codebook.questions.get(variable) ?? []) {
      const optionKey =
        option.choiceValue === null ? undefined : question.options.get(option.choiceValue);
      const index = table.header.indexOf(option.variableName);
      if (optionKey !== undefined && index !== -1)
        columns.push({
          kind: "multi",
          index,
          name: option.variableName,
          target: `${key}.${optionKey}`,
        });
    }
    return columns;
  }
  const index = table.header.indexOf(variable);
  if (index === -1) return [];
  if (question.type === "single") {
    const scheme = {
      key,
      codes: question.codes,
      labelCodes: labelCodes(question, codebook.labels.get(variable)),
    };
    return [{ kind: "single", index, name: variable, target: key, scheme }];
  }
  return [{ kind: question.type, index, name: variable, target: key }];
}

export function planColumns(
  table: Table,
  codebook: Codebook,
  questionnaire: Questionnaire,
  year: number,
): ColumnPlan {
  const id = table.header.indexOf(questionnaire.background.id);
  if (id === -1)
    throw new ItipError(
      FileCode.columnMissing,
      fileMessage.columnMissing(questionnaire.background.id, "dataset.csv"),
      { location: { file: table.file, line: table.headerLine } },
    );
  const orgnr = table.header.indexOf(questionnaire.background.orgnr);
  const status = statusColumns(table, codebook, questionnaire);
  const answers: AnswerColumn[] = [];
  const valueColumns: string[] = [];
  const textColumns: string[] = [];
  const missing: MissingVariable[] = [];
  for (const question of questionsInYear(questionnaire, year)) {
    const variable = variableInYear(question, year) ?? question.key;
    const columns = answerColumns(question, variable, table, codebook);
    if (columns.length === 0) missing.push({ question, variable });
    answers.push(...columns);
    if (question.type === "text") textColumns.push(question.key);
    else if (question.type === "multi")
      for (const option of question.options.values())
        valueColumns.push(`${question.key}.${option}`);
    else valueColumns.push(question.key);
  }
  const claimed = new Set<number>([
    id,
    orgnr,
    ...status.map((s) => s.index),
    ...answers.map((a) => a.index),
  ]);
  const unmapped = table.header.filter((_, index) => !claimed.has(index));
  const [first, ...others] = missing;
  if (first) throw questionMissing(table, codebook, [first, ...others], unmapped, year);
  return {
    id,
    orgnr: orgnr === -1 ? undefined : orgnr,
    status,
    answers,
    valueColumns,
    textColumns,
    dates: dateColumns(table, codebook, answers),
    unmapped,
  };
}
