// The questionnaire (templates/questions.yaml): stable question keys and the variable that holds
// each question in each year's export. Parsing is pure; reading the file is the caller's job.
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ItipError, ExitCode } from "../errors.js";

const STATUS_NAMES = ["ny", "distribuert", "delvis", "fullfort", "frafalt"] as const;
export type ResponseStatus = (typeof STATUS_NAMES)[number];

const yearMap = z.record(z.string().regex(/^\d{4}$/), z.string().min(1));
const codeMap = z.record(z.string().regex(/^\d+$/), z.string());

const questionSchema = z
  .object({
    label: z.string(),
    type: z.enum(["single", "multi", "number", "text"]),
    first_year: z.number().int(),
    last_year: z.number().int().optional(),
    not_asked: z.array(z.number().int()).optional(),
    variables: yearMap,
    codes: codeMap.optional(),
    non_substantive: z.array(z.number().int()).optional(),
    options: z.record(z.string().regex(/^\d+$/), z.string()).optional(),
    option_labels: z.record(z.string(), z.string()).optional(),
  })
  .superRefine((q, ctx) => {
    for (const problem of spanProblems(q)) ctx.addIssue({ code: "custom", ...problem });
  });

/**
 * What is wrong with a question's years: `last_year` before `first_year`, a `not_asked` year
 * outside the span (first_year and last_year are years it was asked, so strictly between them),
 * or a variable named for a year after `last_year`.
 */
function spanProblems(q: {
  first_year: number;
  last_year?: number | undefined;
  not_asked?: number[] | undefined;
  variables: Record<string, string>;
}): Array<{ path: string[]; message: string }> {
  const first = q.first_year;
  const last = q.last_year;
  if (last !== undefined && last < first)
    return [
      {
        path: ["last_year"],
        message: `last_year ${last} is before first_year ${first}; last_year is the last year the question was asked`,
      },
    ];
  const problems: Array<{ path: string[]; message: string }> = [];
  const span =
    last === undefined
      ? `after first_year ${first}`
      : `between first_year ${first} and last_year ${last}`;
  for (const year of q.not_asked ?? [])
    if (year <= first || (last !== undefined && year >= last))
      problems.push({
        path: ["not_asked"],
        message: `${year} is not ${span}; not_asked lists years inside the span the question was not asked (change first_year or last_year to move the span)`,
      });
  if (last !== undefined)
    for (const year of Object.keys(q.variables).map(Number))
      if (year > last)
        problems.push({
          path: ["variables", String(year)],
          message: `a variable for ${year}, after last_year ${last}; the question is not asked after last_year (remove the entry or change last_year)`,
        });
  return problems;
}

const questionnaireSchema = z.object({
  background: z.object({ id: z.string(), orgnr: z.string() }),
  status: z.object({
    question: z.string(),
    prefixes: z.array(z.string()).min(1),
    codes: z.record(z.string().regex(/^\d+$/), z.enum(STATUS_NAMES)),
  }),
  questions: z.record(z.string(), questionSchema),
});

export type QuestionType = "single" | "multi" | "number" | "text";

export interface Question {
  key: string;
  label: string;
  type: QuestionType;
  firstYear: number;
  /** The last year the question was asked (`last_year`); undefined while it is still asked. */
  lastYear: number | undefined;
  /** Years between the first and last year in which the question was not asked (`not_asked`). */
  notAsked: Set<number>;
  /** [fromYear, variable] sorted by year; an entry holds until the next one. */
  variables: Array<[number, string]>;
  /** code → label, single questions only. */
  codes: Map<number, string>;
  nonSubstantive: Set<number>;
  /** choice value → option key, multi questions only. */
  options: Map<number, string>;
  optionLabels: Map<string, string>;
}

export interface Questionnaire {
  background: { id: string; orgnr: string };
  status: { question: string; prefixes: string[]; codes: Map<number, ResponseStatus> };
  questions: Question[];
}

export function parseQuestionnaire(text: string, file = "templates/questions.yaml"): Questionnaire {
  const result = questionnaireSchema.safeParse(parseYaml(text));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ItipError(
      "TEMPLATE_QUESTIONS_INVALID",
      `${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}. Fix the questionnaire file.`,
      { exitCode: ExitCode.template, location: { file } },
    );
  }
  const raw = result.data;
  return {
    background: raw.background,
    status: {
      question: raw.status.question,
      prefixes: raw.status.prefixes,
      codes: new Map(Object.entries(raw.status.codes).map(([k, v]) => [Number(k), v])),
    },
    questions: Object.entries(raw.questions).map(([key, q]) => ({
      key,
      label: q.label,
      type: q.type,
      firstYear: q.first_year,
      lastYear: q.last_year,
      notAsked: new Set(q.not_asked ?? []),
      variables: Object.entries(q.variables)
        .map(([y, v]): [number, string] => [Number(y), v])
        .sort((a, b) => a[0] - b[0]),
      codes: new Map(Object.entries(q.codes ?? {}).map(([k, v]) => [Number(k), v])),
      nonSubstantive: new Set(q.non_substantive ?? []),
      options: new Map(Object.entries(q.options ?? {}).map(([k, v]) => [Number(k), v])),
      optionLabels: new Map(Object.entries(q.option_labels ?? {})),
    })),
  };
}

/** The years something was asked: from `firstYear`, up to `lastYear`, except `notAsked`. */
export interface AskedYears {
  firstYear: number;
  lastYear?: number | undefined;
  notAsked?: ReadonlySet<number> | undefined;
}

/** Whether `year` is one of the years of `span` (a question, or an indicator of one). */
export function isAskedIn(span: AskedYears, year: number): boolean {
  if (year < span.firstYear) return false;
  if (span.lastYear !== undefined && year > span.lastYear) return false;
  return !(span.notAsked?.has(year) ?? false);
}

/**
 * The variable (or, for multi questions, the question name) holding `question` in `year`;
 * undefined in a year the question was not asked (before its first year, after its last year,
 * or one of its `not_asked` years).
 */
export function variableInYear(question: Question, year: number): string | undefined {
  if (!isAskedIn(question, year)) return undefined;
  let found: string | undefined;
  for (const [from, variable] of question.variables) if (from <= year) found = variable;
  return found;
}

/** The questions asked in `year`. */
export function questionsInYear(questionnaire: Questionnaire, year: number): Question[] {
  return questionnaire.questions.filter((q) => variableInYear(q, year) !== undefined);
}

/** Column names of a question in harmonised data: the key, or `key.option` for multi. */
export function harmonisedColumns(question: Question): string[] {
  if (question.type !== "multi") return [question.key];
  return [...question.options.values()].map((option) => `${question.key}.${option}`);
}
