// The questionnaire (templates/questions.yaml): stable question keys and the variable that holds
// each question in each year's export. Parsing is pure; reading the file is the caller's job.
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ItipError, ExitCode } from "../errors.js";

const STATUS_NAMES = ["ny", "distribuert", "delvis", "fullfort", "frafalt"] as const;
export type ResponseStatus = (typeof STATUS_NAMES)[number];

const yearMap = z.record(z.string().regex(/^\d{4}$/), z.string().min(1));
const codeMap = z.record(z.string().regex(/^\d+$/), z.string());

const questionSchema = z.object({
  label: z.string(),
  type: z.enum(["single", "multi", "number", "text"]),
  first_year: z.number().int(),
  variables: yearMap,
  codes: codeMap.optional(),
  non_substantive: z.array(z.number().int()).optional(),
  options: z.record(z.string().regex(/^\d+$/), z.string()).optional(),
  option_labels: z.record(z.string(), z.string()).optional(),
});

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

/** The variable (or, for multi questions, the question name) holding `question` in `year`. */
export function variableInYear(question: Question, year: number): string | undefined {
  if (year < question.firstYear) return undefined;
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
