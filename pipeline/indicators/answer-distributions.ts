// Weighted distribution of the answers to every single-choice question, "vet ikke" included
// as its own category: what the diverging Likert charts draw.
import type { Questionnaire, Question } from "../templates/questions.js";
import type { YearDesign } from "../survey/types.js";
import { isInGroup } from "./groups.js";
import { GROUPS, type AnswerShare } from "./types.js";
import { MIN_BASE_N } from "./suppression.js";

export function answerDistributions(
  designs: readonly YearDesign[],
  questionnaire: Questionnaire,
): AnswerShare[] {
  const rows: AnswerShare[] = [];
  const singles = questionnaire.questions.filter((q) => q.type === "single");
  // Each unit's groups, as positions in GROUPS: the same for every question.
  const memberships = designs.map((design) =>
    design.units.map((unit) => GROUPS.flatMap((group, g) => (isInGroup(unit, group) ? [g] : []))),
  );
  for (const question of singles)
    designs.forEach((design, d) => {
      if (design.year < question.firstYear) return;
      rows.push(...distributionsOf(question, design, memberships[d]!));
    });
  return rows;
}

/**
 * The question's distribution in every group of one year, from one pass over the units: each
 * answer added to every group the unit is in (the same sums, in the same order, as a pass per
 * group).
 */
function distributionsOf(
  question: Question,
  design: YearDesign,
  memberships: readonly (readonly number[])[],
): AnswerShare[] {
  const codes = [...question.codes.keys()];
  const position = new Map(codes.map((code, c) => [code, c]));
  // By group, then code.
  const weightByCode = new Float64Array(GROUPS.length * codes.length);
  const countByCode = new Int32Array(GROUPS.length * codes.length);
  const totalWeight = new Float64Array(GROUPS.length);
  const answered = new Int32Array(GROUPS.length);
  const { units } = design;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const code = unit.respondent.values[question.key];
    const c = code === undefined || code === null ? undefined : position.get(code);
    if (c === undefined) continue;
    const groups = memberships[i]!;
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k]!;
      weightByCode[g * codes.length + c]! += unit.weight;
      countByCode[g * codes.length + c]! += 1;
      totalWeight[g]! += unit.weight;
      answered[g]! += 1;
    }
  }
  return GROUPS.flatMap((group, g) => {
    // Too few answers to show a distribution without exposing single organisations.
    if (answered[g]! < MIN_BASE_N) return [];
    return codes.map((code, c) => ({
      question: question.key,
      year: design.year,
      group,
      code,
      label: question.codes.get(code)!,
      nonSubstantive: question.nonSubstantive.has(code),
      share: weightByCode[g * codes.length + c]! / totalWeight[g]!,
      n: countByCode[g * codes.length + c]!,
    }));
  });
}
