// Checking a template without data: front matter, the syntax of every directive, indicator ids,
// groups, chart ids and (when known) finding ids, block directives on their own line, and only
// the Markdown the layout supports. `reportContent` does all of this too, with the data; this is
// for templates that are not built in this run (benchmark.md) and for `itip validate`.
import { Lexer, type Token } from "marked";
import { GROUPS } from "../../indicators/types.js";
import { checkTableDirective } from "../indicator-table.js";
import type { Availability } from "./availability.js";
import {
  checkChartRequest,
  checkIndex,
  checkFinding,
  checkNeeds,
  type TemplateVocabulary,
} from "./check-references.js";
import { BLOCK_DIRECTIVES, SECTION_DIRECTIVES, scanDirectives } from "./directive.js";
import { planReport } from "./plan.js";
import { splitFrontMatter } from "./front-matter.js";
import { templateError } from "./template-error.js";

/** Throws the first template error (exit 3, file:line:column) or returns quietly. */
export function validateTemplate(
  template: { file: string; text: string },
  vocabulary: TemplateVocabulary,
): void {
  const { file } = template;
  const { body } = splitFrontMatter(template.text, file);
  const indicatorIds = vocabulary.definitions.map((d) => d.id);
  const lines = body.split(/\r?\n/);
  const occurrences = scanDirectives(body, file);
  for (const occurrence of occurrences) {
    const { directive, location } = occurrence;
    const isBlock = BLOCK_DIRECTIVES.has(directive.kind);
    if (isBlock && !occurrence.aloneOnLine)
      throw templateError("TEMPLATE_DIRECTIVE_NOT_ALONE", location, directive.kind);
    switch (directive.kind) {
      case "indicator":
      case "change":
      case "n":
        if (!indicatorIds.includes(directive.id))
          throw templateError("TEMPLATE_INDICATOR_UNKNOWN", location, directive.id, indicatorIds);
        if (
          directive.group !== undefined &&
          !(GROUPS as readonly string[]).includes(directive.group)
        )
          throw templateError("TEMPLATE_GROUP_UNKNOWN", location, directive.group, GROUPS);
        break;
      case "chart":
        checkChartRequest(directive.request, vocabulary, location);
        break;
      case "needs":
        checkNeeds(directive.needs, vocabulary, location);
        break;
      case "finding":
        checkFinding(directive.id, vocabulary, location);
        break;
      case "table":
        checkTableDirective(directive, vocabulary.definitions, location);
        break;
      case "index-checks":
        checkIndex(directive.id, vocabulary, location);
        break;
      default:
        break;
    }
  }
  // Sections balanced and chart ids unique, as a year with every question would show them.
  planReport(template, vocabulary, EVERYTHING_AVAILABLE);
  // Directives become a word, last first so that offsets stay true, and the Markdown check
  // below sees plain prose.
  for (const { directive, location, start, end } of [...occurrences].reverse()) {
    const line = lines[location.line - 1] ?? "";
    const word = SECTION_DIRECTIVES.has(directive.kind)
      ? ""
      : BLOCK_DIRECTIVES.has(directive.kind)
        ? "X"
        : "1";
    lines[location.line - 1] = line.slice(0, start) + word + line.slice(end);
  }
  checkMarkdown(lines.join("\n"), file);
}

export type { TemplateVocabulary } from "./check-references.js";

/** A year in which every question was asked and every finding can be written. */
const EVERYTHING_AVAILABLE: Availability = {
  year: 9999,
  indicator: () => undefined,
  change: () => undefined,
  trend: () => undefined,
  question: () => undefined,
  finding: () => undefined,
};

const SUPPORTED = new Set(["space", "heading", "paragraph", "list"]);

function checkMarkdown(markdown: string, file: string): void {
  const tokens = new Lexer().lex(markdown);
  const lines = markdown.split("\n");
  for (const token of tokens)
    if (!SUPPORTED.has(token.type))
      throw templateError(
        "TEMPLATE_MARKDOWN_UNSUPPORTED",
        { file, ...lineOf(lines, token) },
        token.type,
      );
}

function lineOf(lines: readonly string[], token: Token): { line?: number; column?: number } {
  const first = token.raw.split("\n").find((l) => l.trim() !== "") ?? "";
  const index = lines.findIndex((l) => first !== "" && l.includes(first));
  return index < 0 ? {} : { line: index + 1, column: 1 };
}
