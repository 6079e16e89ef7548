// Weighted distribution of the answers to every single-choice question, "vet ikke" included
// as its own category: what the diverging Likert charts draw.
import type { Questionnaire, Question } from "../templates/questions.js";
import type { YearDesign } from "../survey/types.js";
import { isInGroup } from "./groups.js";
import { GROUPS, type AnswerShare, type Group } from "./types.js";
import { MIN_BASE_N } from "./suppression.js";

export function answerDistributions(
  designs: readonly YearDesign[],
  questionnaire: Questionnaire,
): AnswerShare[] {
  const rows: AnswerShare[] = [];
  const singles = questionnaire.questions.filter((q) => q.type === "single");
  for (const question of singles)
    for (const design of designs) {
      if (design.year < question.firstYear) continue;
      for (const group of GROUPS) rows.push(...distributionOf(question, design, group));
    }
  return rows;
}

function distributionOf(question: Question, design: YearDesign, group: Group): AnswerShare[] {
  const weightByCode = new Map<number, number>();
  const countByCode = new Map<number, number>();
  let totalWeight = 0;
  let answered = 0;
  for (const unit of design.units) {
    if (!isInGroup(unit, group)) continue;
    const code = unit.respondent.values[question.key];
    if (code === undefined || code === null || !question.codes.has(code)) continue;
    weightByCode.set(code, (weightByCode.get(code) ?? 0) + unit.weight);
    countByCode.set(code, (countByCode.get(code) ?? 0) + 1);
    totalWeight += unit.weight;
    answered++;
  }
  // Too few answers to show a distribution without exposing single organisations.
  if (answered < MIN_BASE_N) return [];
  return [...question.codes].map(([code, label]) => ({
    question: question.key,
    year: design.year,
    group,
    code,
    label,
    nonSubstantive: question.nonSubstantive.has(code),
    share: (weightByCode.get(code) ?? 0) / totalWeight,
    n: countByCode.get(code) ?? 0,
  }));
}
