// Checks what a directive refers to against the templates alone (no data): indicator ids and
// patterns, question keys, finding ids. Shared by planning a report and validating a template.
import type { SourceLocation } from "../../errors.js";
import type { ChartRequest } from "../../charts/chart-request.js";
import type { IndicatorDefinition } from "../../templates/indicator-definitions.js";
import { matchIndicatorList } from "../../templates/indicator-list.js";
import type { Question } from "../../templates/questions.js";
import type { Needs } from "./directive.js";
import { templateError } from "./template-error.js";

export interface TemplateVocabulary {
  definitions: readonly IndicatorDefinition[];
  /** The questions of questions.yaml (likert charts, `needs questions=`). */
  questions: readonly Question[];
  /** Finding ids of findings.yaml; unchecked when undefined. */
  findingIds?: readonly string[] | undefined;
  /**
   * The template is built once per participating organisation (benchmark.md): directives and
   * charts about "the organisation" are allowed.
   */
  perOrganisation?: boolean | undefined;
}

export function checkIndicatorList(
  list: readonly string[],
  definitions: readonly IndicatorDefinition[],
  location: SourceLocation,
): void {
  for (const entry of matchIndicatorList(list, definitions))
    if (entry.matches.length === 0)
      throw entry.pattern
        ? templateError("TEMPLATE_INDICATOR_PATTERN_EMPTY", location, entry.written)
        : templateError(
            "TEMPLATE_INDICATOR_UNKNOWN",
            location,
            entry.written.replace(/\?$/, ""),
            definitions.map((d) => d.id),
          );
}

export function checkChartRequest(
  request: ChartRequest,
  vocabulary: TemplateVocabulary,
  location: SourceLocation,
): void {
  switch (request.kind) {
    case "trend":
    case "sizes":
    case "own-trend":
      return checkIndicatorList([request.indicator], vocabulary.definitions, location);
    case "likert":
      return checkQuestion(request.question, vocabulary, location, "single");
    case "response":
      return;
    case "sensitivity":
      return checkIndex(request.indicator, vocabulary, location);
    default:
      return checkIndicatorList(request.indicators, vocabulary.definitions, location);
  }
}

/** `id` names a composite index of templates/index.yaml (sensitivity charts, index checks). */
export function checkIndex(
  id: string,
  vocabulary: TemplateVocabulary,
  location: SourceLocation,
): void {
  checkIndicatorList([id], vocabulary.definitions, location);
  const isIndex = (d: IndicatorDefinition) => d.composite && d.composite.dimension === undefined;
  if (!vocabulary.definitions.some((d) => d.id === id && isIndex(d)))
    throw templateError(
      "TEMPLATE_INDEX_EXPECTED",
      location,
      id,
      vocabulary.definitions.filter(isIndex).map((d) => d.id),
    );
}

export function checkNeeds(
  needs: Needs,
  vocabulary: TemplateVocabulary,
  location: SourceLocation,
): void {
  const indicators = [...needs.indicators, ...needs.changes, ...needs.trend];
  checkIndicatorList(indicators, vocabulary.definitions, location);
  for (const key of needs.questions) checkQuestion(key, vocabulary, location);
  for (const id of needs.findings) checkFinding(id, vocabulary, location);
}

export function checkFinding(
  id: string,
  vocabulary: TemplateVocabulary,
  location: SourceLocation,
): void {
  if (vocabulary.findingIds && !vocabulary.findingIds.includes(id))
    throw templateError("TEMPLATE_FINDING_UNKNOWN", location, id, vocabulary.findingIds);
}

function checkQuestion(
  key: string,
  vocabulary: TemplateVocabulary,
  location: SourceLocation,
  type?: Question["type"],
): void {
  const candidates = vocabulary.questions.filter((q) => type === undefined || q.type === type);
  if (!candidates.some((q) => q.key === key))
    throw templateError(
      "TEMPLATE_QUESTION_UNKNOWN",
      location,
      key,
      candidates.map((q) => q.key),
    );
}
