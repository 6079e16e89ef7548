// Drawing one organisation's answers in one year from its latent maturity θ and the calibrated
// intercepts. Non-respondents have no answers; partial responses stop part-way.
import type { FrameOrganisation } from "../ingest/types.js";
import type { Question } from "../templates/questions.js";
import { COMMENT_SHARE, ITEM_NONRESPONSE, VET_IKKE_RANGE } from "./calibration.js";
import { drawComment } from "./comments.js";
import type { Intercepts } from "./intercepts.js";
import { ITEM_MODELS, logistic, ordinalProbabilities, type ItemModel } from "./item-models.js";
import { thetaOf, type LatentMaturity } from "./latent.js";
import { randomFor, type Random } from "../seeded-random.js";
import type { StatusCode } from "./status.js";

export type Answer =
  | { kind: "code"; code: number }
  /** Multi-choice: the choice values ticked (the others are 0). */
  | { kind: "choices"; chosen: ReadonlySet<number> }
  | { kind: "number"; value: number; decimals: number }
  | { kind: "text"; text: string };

/** Question key → answer; a question without an entry is blank. */
export type Answers = Map<string, Answer>;

export interface AnswerContext {
  seed: number;
  year: number;
  maturity: LatentMaturity;
  intercepts: Intercepts;
  /** Question key → this year's "vet ikke" rate (see vetIkkeRates). */
  vetIkke: ReadonlyMap<string, number>;
}

function modelOf(question: Question): ItemModel {
  const model = ITEM_MODELS[question.key];
  if (!model) throw new Error(`no answer model for question ${question.key} (item-models.ts)`);
  return model;
}

/** Index drawn from a discrete distribution. */
function drawIndex(probabilities: readonly number[], random: Random): number {
  let u = random.next();
  for (let i = 0; i < probabilities.length; i++) {
    u -= probabilities[i] ?? 0;
    if (u < 0) return i;
  }
  return probabilities.length - 1;
}

/** The "vet ikke" rate of each question in a year, between 3 and 8 %. */
export function vetIkkeRates(
  questions: readonly Question[],
  seed: number,
  year: number,
): Map<string, number> {
  const [lo, hi] = VET_IKKE_RANGE;
  return new Map(
    questions.map((q) => [q.key, lo + (hi - lo) * randomFor(seed, "vet-ikke", q.key, year).next()]),
  );
}

/** Respondent role: digitalisation leaders become more common over the years. */
function drawRole(year: number, random: Random): Answer {
  const digitalisation = 0.05 + (0.2 * (year - 2008)) / 12;
  return {
    kind: "code",
    code: drawIndex([0.35, 0.65 - digitalisation, digitalisation], random) + 1,
  };
}

const BUDGET_MEDIAN = { stat: 5.5, kommune: 3.8, fylkeskommune: 4.5 } as const;

/** IT budget share in percent: log-normal around 3–6 %, written with 0–2 decimals. */
function drawBudgetShare(o: FrameOrganisation, theta: number, year: number, r: Random): Answer {
  const median = BUDGET_MEDIAN[o.sektor] * (1 + 0.01 * (year - 2008));
  const value = Math.min(20, Math.max(0.5, median * Math.exp(0.12 * theta + 0.3 * r.normal())));
  const u = r.next();
  const decimals = u < 0.6 ? 1 : u < 0.75 ? 2 : 0;
  return { kind: "number", value: Number(value.toFixed(decimals)), decimals };
}

function drawSubstantive(
  question: Question,
  model: ItemModel,
  organisation: FrameOrganisation,
  context: AnswerContext,
  random: Random,
): Answer | undefined {
  const theta = thetaOf(context.maturity, organisation.panelId, context.year);
  const intercept = (option: string) =>
    context.intercepts.get(question.key, option, organisation.sektor, context.year) ?? 0;
  switch (model.kind) {
    case "ordinal": {
      const p = ordinalProbabilities(model.cutpoints, intercept("") + model.loading * theta);
      return { kind: "code", code: model.ascending[drawIndex(p, random)] ?? 0 };
    }
    case "multi": {
      const chosen = new Set<number>();
      let exclusiveValue: number | undefined;
      for (const [value, option] of question.options) {
        if (option === model.exclusive) exclusiveValue = value;
        else if (random.chance(logistic(intercept(option) + (model.loadings[option] ?? 0) * theta)))
          chosen.add(value);
      }
      if (chosen.size === 0 && exclusiveValue !== undefined) chosen.add(exclusiveValue);
      return { kind: "choices", chosen };
    }
    case "role":
      return drawRole(context.year, random);
    case "number":
      return drawBudgetShare(organisation, theta, context.year, random);
    case "text":
      return random.chance(COMMENT_SHARE)
        ? { kind: "text", text: drawComment(random, context.year) }
        : undefined;
  }
}

function drawAnswer(
  question: Question,
  organisation: FrameOrganisation,
  context: AnswerContext,
): Answer | undefined {
  const model = modelOf(question);
  const random = randomFor(context.seed, "answer", context.year, organisation.id, question.key);
  if (model.kind !== "text" && random.chance(ITEM_NONRESPONSE)) return undefined;
  const vetIkke = [...question.nonSubstantive][0];
  if (vetIkke !== undefined && random.chance(context.vetIkke.get(question.key) ?? 0))
    return { kind: "code", code: vetIkke };
  return drawSubstantive(question, model, organisation, context, random);
}

/** The answers of one invited organisation; `questions` are that year's, in questionnaire order. */
export function drawAnswers(
  organisation: FrameOrganisation,
  status: StatusCode,
  questions: readonly Question[],
  context: AnswerContext,
): Answers {
  const answers: Answers = new Map();
  if (status !== 3 && status !== 4) return answers;
  // A partial response answers the first questions and stops (at least one, never all).
  const answered =
    status === 4
      ? questions.length
      : 1 +
        randomFor(context.seed, "partial", context.year, organisation.id).int(
          Math.max(1, questions.length - 2),
        );
  for (const question of questions.slice(0, answered)) {
    const answer = drawAnswer(question, organisation, context);
    if (answer) answers.set(question.key, answer);
  }
  return answers;
}
