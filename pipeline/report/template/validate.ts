// Checking a template without data: front matter, the syntax of every directive, indicator ids,
// groups, chart ids and (when known) finding ids, block directives on their own line, and only
// the Markdown the layout supports. `reportContent` does all of this too, with the data; this is
// for templates that are not built in this run (benchmark.md) and for `itip validate`.
import { Lexer, type Token } from "marked";
import { GROUPS } from "../../indicators/types.js";
import type { IndicatorDefinition } from "../../templates/indicator-definitions.js";
import { checkTableDirective } from "../indicator-table.js";
import { BLOCK_DIRECTIVES, scanDirectives } from "./directive.js";
import { splitFrontMatter } from "./front-matter.js";
import { templateError } from "./template-error.js";

export interface TemplateVocabulary {
  definitions: readonly IndicatorDefinition[];
  /** Chart ids the template may use. */
  chartIds: readonly string[];
  /** Finding ids the template may use; unchecked when undefined (they depend on the data). */
  findingIds?: readonly string[] | undefined;
  /** Indicator ids computed upstream without a definition (the composite index). */
  extraIndicators?: readonly string[];
}

/** Throws the first template error (exit 3, file:line:column) or returns quietly. */
export function validateTemplate(
  template: { file: string; text: string },
  vocabulary: TemplateVocabulary,
): void {
  const { file } = template;
  const { body } = splitFrontMatter(template.text, file);
  const indicatorIds = [
    ...vocabulary.definitions.map((d) => d.id),
    ...(vocabulary.extraIndicators ?? []),
  ];
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
        if (!vocabulary.chartIds.includes(directive.id))
          throw templateError(
            "TEMPLATE_CHART_UNKNOWN",
            location,
            directive.id,
            vocabulary.chartIds,
          );
        break;
      case "finding":
        if (vocabulary.findingIds && !vocabulary.findingIds.includes(directive.id))
          throw templateError(
            "TEMPLATE_FINDING_UNKNOWN",
            location,
            directive.id,
            vocabulary.findingIds,
          );
        break;
      case "table":
        checkTableDirective(directive, vocabulary.definitions, location);
        break;
      default:
        break;
    }
  }
  // Directives become a word, last first so that offsets stay true, and the Markdown check
  // below sees plain prose.
  for (const { directive, location, start, end } of [...occurrences].reverse()) {
    const line = lines[location.line - 1] ?? "";
    const word = BLOCK_DIRECTIVES.has(directive.kind) ? "X" : "1";
    lines[location.line - 1] = line.slice(0, start) + word + line.slice(end);
  }
  checkMarkdown(lines.join("\n"), file);
}

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
