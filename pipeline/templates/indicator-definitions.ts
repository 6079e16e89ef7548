// The indicators (templates/indicators.yaml), checked against the questionnaire so that a typo
// stops the build with a template error instead of producing an empty column.
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ItipError, ExitCode } from "../errors.js";
import type { CompositePart } from "./composite-framework.js";
import { isAskedIn, type Questionnaire } from "./questions.js";

const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string(),
  question: z.string(),
  measure: z.enum(["share", "mean"]),
  codes: z.array(z.number().int()).optional(),
  option: z.string().optional(),
  exclude: z.array(z.number().int()).optional(),
  first_year: z.number().int().optional(),
  unit: z.string().default("pct"),
});

export interface IndicatorDefinition {
  id: string;
  label: string;
  /** Stable question key. */
  question: string;
  measure: "share" | "mean";
  /** Codes counted as 1 (single-choice shares). */
  codes: Set<number>;
  /** The option counted (multi-choice shares). */
  option: string | undefined;
  /** Codes left out of the base: the question's non-substantive codes plus `exclude`. */
  excluded: Set<number>;
  firstYear: number;
  /**
   * The question's `last_year` and `not_asked` years: the indicator does not exist in a year the
   * question was not asked. Left out (as in hand-made definitions), it exists every year from
   * `firstYear`.
   */
  lastYear?: number | undefined;
  notAsked?: ReadonlySet<number> | undefined;
  unit: string;
  /**
   * The composite index of templates/index.yaml, or one of its dimensions: the respondent's
   * value is its score (0–100), not an answer; `question` is empty.
   */
  composite?: CompositePart | undefined;
}

/**
 * Whether the indicator exists in `year`: from its first year, up to its question's last year,
 * except the years its question was not asked. No estimate, change or chart point exists for
 * another year.
 */
export function indicatorAskedIn(definition: IndicatorDefinition, year: number): boolean {
  return isAskedIn(definition, year);
}

export function parseIndicatorDefinitions(
  text: string,
  questionnaire: Questionnaire,
  file = "templates/indicators.yaml",
): IndicatorDefinition[] {
  const result = z.object({ indicators: z.array(indicatorSchema) }).safeParse(parseYaml(text));
  const fail = (message: string): never => {
    throw new ItipError("TEMPLATE_INDICATORS_INVALID", message, {
      exitCode: ExitCode.template,
      location: { file },
    });
  };
  if (!result.success) {
    const issue = result.error.issues[0];
    return fail(`${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}.`);
  }
  const seen = new Set<string>();
  return result.data.indicators.map((raw) => {
    if (seen.has(raw.id)) fail(`indicator "${raw.id}" is defined twice; give it a unique id.`);
    seen.add(raw.id);
    const question = questionnaire.questions.find((q) => q.key === raw.question);
    if (!question)
      return fail(`indicator "${raw.id}" refers to unknown question "${raw.question}".`);
    if (question.type === "multi" && !raw.option)
      fail(`indicator "${raw.id}" uses multi-choice question "${raw.question}": name an option.`);
    if (raw.option && ![...question.options.values()].includes(raw.option))
      fail(`indicator "${raw.id}": "${raw.question}" has no option "${raw.option}".`);
    if (question.type === "single" && raw.measure === "share" && !raw.codes?.length)
      fail(`indicator "${raw.id}" is a share: list the codes it counts.`);
    const firstYear = raw.first_year ?? question.firstYear;
    if (firstYear < question.firstYear)
      fail(
        `indicator "${raw.id}" starts in ${firstYear}, before "${raw.question}" was first asked (first_year ${question.firstYear}). Change its first_year or leave it out.`,
      );
    if (question.lastYear !== undefined && firstYear > question.lastYear)
      fail(
        `indicator "${raw.id}" starts in ${firstYear}, after the last year of "${raw.question}" (last_year ${question.lastYear}): it would never exist. Change its first_year or remove it.`,
      );
    return {
      id: raw.id,
      label: raw.label,
      question: raw.question,
      measure: raw.measure,
      codes: new Set(raw.codes ?? []),
      option: raw.option,
      excluded: new Set([...question.nonSubstantive, ...(raw.exclude ?? [])]),
      firstYear,
      lastYear: question.lastYear,
      notAsked: new Set(question.notAsked),
      unit: raw.unit,
    };
  });
}
