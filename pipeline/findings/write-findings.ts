// Stage 4, findings: the key findings of templates/findings.yaml, written from the estimates of
// the report year (SPEC §1, §7). Every year builds from the same declarations: a finding whose
// data the year lacks (the question was not asked, there is no previous year, the estimate is
// suppressed) is left out and returned with the reason, for the build to list; a `then:`
// sentence that lacks data is left out whole, and noted. Each finding names the unrounded
// numbers it states, so a test can hold the text against the data.
import type { IndicatorEstimate } from "../indicators/types.js";
import { formatNumber, formatPercent } from "../locale/nb.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { Questionnaire } from "../templates/questions.js";
import { GROUPS, type Group } from "../indicators/types.js";
import { sectorGapTests, type GapTest } from "../indicators/sector-gaps.js";
import type {
  FindingDeclaration,
  FindingLocation,
  SentenceDeclaration,
  StatementDeclaration,
  TemplateText,
  Wording,
} from "./finding-declarations.js";
import { unavailableReasons as reasons } from "./messages.js";
import { fillTemplateText, placeholdersOf } from "./template-text.js";
import type { Finding } from "./types.js";
import { writeChange } from "./kinds/change.js";
import { writeGap } from "./kinds/gap.js";
import { writeLargestGaps } from "./kinds/largest-gaps.js";
import { writeLevel } from "./kinds/level.js";
import { writeMostNamed } from "./kinds/most-named.js";
import { writeScaleMean } from "./kinds/scale-mean.js";
import {
  definitionOf,
  estimateIn,
  type FindingsData,
  type SentenceOutcome,
} from "./kinds/sentence.js";
import { writeSignificantChanges } from "./kinds/significant-changes.js";

export interface FindingsInput {
  year: number;
  estimates: readonly IndicatorEstimate[];
  /** The sector gaps tested (stage 3); made from the estimates when not given. */
  gapTests?: readonly GapTest[];
  definitions: readonly IndicatorDefinition[];
  questionnaire: Questionnaire;
  declarations: readonly FindingDeclaration[];
}

/** A finding, or a sentence of one, that the year's data does not allow, and why (English). */
export interface LeftOutFinding {
  id: string;
  location: FindingLocation;
  reason: string;
}

export interface WrittenFindings {
  /** In the order of findings.yaml. */
  findings: Finding[];
  /** Declared findings not written for the year. */
  unavailable: LeftOutFinding[];
  /** Findings written without one of their `then:` sentences (its location and reason). */
  shortened: LeftOutFinding[];
}

export function writeFindings(input: FindingsInput): WrittenFindings {
  const { declarations, gapTests, ...rest } = input;
  const data: FindingsData = {
    ...rest,
    gapTests: gapTests ?? sectorGapTests(input.estimates, input.definitions),
  };
  const written: WrittenFindings = { findings: [], unavailable: [], shortened: [] };
  for (const declaration of declarations) {
    const { id, location } = declaration;
    if (declaration.kind === "statement") {
      const outcome = writeStatement(declaration, data);
      if ("reason" in outcome) written.unavailable.push({ id, location, reason: outcome.reason });
      else written.findings.push(outcome.finding);
      if ("shortened" in outcome) written.shortened.push(...outcome.shortened);
      continue;
    }
    const { findings, reason } =
      declaration.kind === "significant-changes"
        ? writeSignificantChanges(declaration, data)
        : writeLargestGaps(declaration, data);
    written.findings.push(...findings);
    if (reason !== undefined) written.unavailable.push({ id, location, reason });
  }
  return written;
}

function writeStatement(
  declaration: StatementDeclaration,
  data: FindingsData,
): { finding: Finding; shortened: LeftOutFinding[] } | { reason: string } {
  const head = writeSentence(declaration.sentence, data);
  if (!head.written) return { reason: head.reason };
  const title = fill(declaration.title, head, data);
  if ("reason" in title) return title;
  const first = fill(declaration.sentence.text, head, data);
  if ("reason" in first) return first;

  const sentences = [first.text + head.ending];
  const numbers: Record<string, number> = { ...title.numbers, ...first.numbers, ...head.numbers };
  const shortened: LeftOutFinding[] = [];
  declaration.then.forEach((sentence, i) => {
    const leftOut = (reason: string) =>
      shortened.push({
        id: declaration.id,
        location: sentence.location,
        reason: reasons.sentenceLeftOut(i + 2, sentence.kind, reason),
      });
    const outcome = writeSentence(sentence, data);
    if (!outcome.written) {
      // A `when` that does not hold is the template's rule, not missing data: nothing to note.
      if (outcome.missingData) leftOut(outcome.reason);
      return;
    }
    const text = fill(sentence.text, outcome, data);
    if ("reason" in text) return leftOut(text.reason);
    sentences.push(text.text + outcome.ending);
    for (const [name, value] of Object.entries({ ...text.numbers, ...outcome.numbers }))
      numbers[`${outcome.indicator}.${name}`] = value;
  });
  return {
    finding: { id: declaration.id, title: title.text, text: sentences.join(" "), numbers },
    shortened,
  };
}

function writeSentence(sentence: SentenceDeclaration, data: FindingsData): SentenceOutcome {
  switch (sentence.kind) {
    case "change":
      return writeChange(sentence, data);
    case "level":
      return writeLevel(sentence, data);
    case "gap":
      return writeGap(sentence, data);
    case "most-named":
      return writeMostNamed(sentence, data);
    case "scale-mean":
      return writeScaleMean(sentence, data);
  }
}

/**
 * The wording for the sentence's state with its placeholders filled: the kind's values, {år},
 * and each group id used, as that group's estimate of the sentence's indicator this year.
 */
function fill(
  wording: Wording,
  outcome: Extract<SentenceOutcome, { written: true }>,
  data: FindingsData,
): { text: string; numbers: Record<string, number> } | { reason: string } {
  const template = chooseVariant(wording, outcome.state);
  const values = new Map<string, string>(Object.entries(outcome.values));
  values.set("år", String(data.year));
  const numbers: Record<string, number> = {};
  const definition = definitionOf(data, outcome.indicator);
  for (const name of placeholdersOf(template.parts)) {
    if (values.has(name) || !isGroup(name)) continue;
    const estimate = estimateIn(data, outcome.indicator, name);
    if ("reason" in estimate) return estimate;
    numbers[name] = estimate.value;
    values.set(
      name,
      definition.measure === "share"
        ? formatPercent(estimate.value)
        : formatNumber(estimate.value, 1),
    );
  }
  const text = fillTemplateText(template.parts, values);
  if (text === undefined) throw new Error(`a placeholder of "${template.source}" has no value`);
  return { text, numbers };
}

function chooseVariant(wording: Wording, state: string | undefined): TemplateText {
  if (!("byState" in wording)) return wording;
  const template = state === undefined ? undefined : wording.byState[state];
  if (!template) throw new Error(`no variant "${String(state)}" of a checked wording`);
  return template;
}

function isGroup(name: string): name is Group {
  return (GROUPS as readonly string[]).includes(name);
}
