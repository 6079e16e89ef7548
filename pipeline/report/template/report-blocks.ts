// templates/report.md + data → the report's blocks. Every directive is checked against the data
// here, with the location of the directive in the template, before anything is laid out.
//
//   1 front matter off   2 scan directives   3 inline directives → their formatted values,
//   block directives → placeholders   4 Markdown (marked lexer)   5 tokens → numbered blocks
import { Lexer, type Token, type Tokens } from "marked";
import type { RenderedChart } from "../../charts/types.js";
import { askedInYear } from "../../indicators/lookup.js";
import { formatLocation, type SourceLocation } from "../../errors.js";
import type { Finding } from "../../findings/types.js";
import type { Block, Run } from "../blocks.js";
import {
  ownChangesBlocks,
  ownHistoryBlock,
  ownTableBlock,
  ownValueText,
  peerGroupsBlocks,
} from "../organisation-blocks.js";
import { definitionBlocks } from "../definition-blocks.js";
import { indexBlocks } from "../index-blocks.js";
import { checkTableDirective, indicatorTableBlock } from "../indicator-table.js";
import { methodologyBlocks, RESPONSE_CHART } from "../methodology-blocks.js";
import type { ReportInput } from "../types.js";
import {
  BLOCK_DIRECTIVES,
  scanDirectives,
  type Directive,
  type DirectiveOccurrence,
} from "./directive.js";
import { splitFrontMatter, type FrontMatter } from "./front-matter.js";
import { inlineRuns } from "./inline-runs.js";
import { indexEstimates, inlineValue, type InlineDirective } from "./inline-value.js";
import { templateError } from "./template-error.js";

export interface ReportContent {
  frontMatter: FrontMatter;
  blocks: Block[];
}

type BlockDirective = Extract<
  Directive,
  {
    kind:
      | "chart"
      | "finding"
      | "table"
      | "findings"
      | "methodology"
      | "definitions"
      | "index-checks"
      | "toc"
      | "own-table"
      | "own-history"
      | "own-changes"
      | "peer-groups";
  }
>;

/** A block directive with where it stands, for errors found while expanding it. */
interface PlacedDirective {
  directive: BlockDirective;
  location: SourceLocation;
}

const PLACEHOLDER = /^ITIPBLOCK(\d+)$/;

export function reportContent(input: ReportInput): ReportContent {
  const { file } = input.template;
  const { frontMatter, body } = splitFrontMatter(input.template.text, file);
  const { markdown, blockDirectives } = substituteDirectives(body, input);
  const tokens = new Lexer().lex(markdown);

  const numbering = { chapter: 0, figure: 0, table: 0 };
  const nextTable = () => ++numbering.table;
  const blocks: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "space":
        break;
      case "heading":
        blocks.push(headingBlock(token as Tokens.Heading, numbering));
        break;
      case "paragraph": {
        const placeholder = PLACEHOLDER.exec(token.text.trim());
        const placed = placeholder ? blockDirectives[Number(placeholder[1])] : undefined;
        if (placed) blocks.push(...expandBlockDirective(placed, input, numbering, nextTable));
        else
          blocks.push({ kind: "paragraph", runs: inlineRuns((token as Tokens.Paragraph).tokens) });
        break;
      }
      case "list":
        blocks.push({
          kind: "list",
          items: (token as Tokens.List).items.map((item) => inlineRuns(flattenItem(item.tokens))),
        });
        break;
      default:
        throw templateError("TEMPLATE_MARKDOWN_UNSUPPORTED", locate(body, token, file), token.type);
    }
  }
  return { frontMatter, blocks };
}

/** Inline directives become their (escaped) text; block directives a placeholder paragraph. */
function substituteDirectives(
  body: string,
  input: ReportInput,
): { markdown: string; blockDirectives: PlacedDirective[] } {
  const occurrences = scanDirectives(body, input.template.file);
  const index = indexEstimates(input.year, input.definitions, input.estimates);
  const blockDirectives: PlacedDirective[] = [];
  const byLine = new Map<number, DirectiveOccurrence[]>();
  for (const o of occurrences)
    byLine.set(o.location.line, [...(byLine.get(o.location.line) ?? []), o]);
  const lines = body.split(/\r?\n/).map((line, i) => {
    const found = byLine.get(i + 1);
    if (!found) return line;
    let out = "";
    let from = 0;
    for (const occurrence of found) {
      out += line.slice(from, occurrence.start);
      out += substitute(occurrence, input, index, blockDirectives);
      from = occurrence.end;
    }
    return out + line.slice(from);
  });
  return { markdown: lines.join("\n"), blockDirectives };
}

function substitute(
  occurrence: DirectiveOccurrence,
  input: ReportInput,
  index: ReturnType<typeof indexEstimates>,
  blockDirectives: PlacedDirective[],
): string {
  const { directive, location } = occurrence;
  if (directive.kind === "year") return String(input.year);
  if (directive.kind === "previous-year") return String(input.year - 1);
  if (directive.kind === "org")
    return escapeMarkdown(organisationContext(input, location).organisation.navn);
  if (directive.kind === "own")
    return escapeMarkdown(
      ownValueText(directive.id, organisationContext(input, location), location),
    );
  if (isInlineDirective(directive)) return escapeMarkdown(inlineValue(directive, index, location));
  if (!isBlockDirective(directive))
    throw new Error(`${formatLocation(location)}the template reached the report unplanned`);
  if (!occurrence.aloneOnLine)
    throw templateError("TEMPLATE_DIRECTIVE_NOT_ALONE", location, directive.kind);
  checkBlockDirective(directive, input, location);
  blockDirectives.push({ directive, location });
  // Blank lines around it keep the placeholder a paragraph of its own.
  return `\nITIPBLOCK${blockDirectives.length - 1}\n`;
}

function checkBlockDirective(
  directive: BlockDirective,
  input: ReportInput,
  location: SourceLocation,
) {
  if (directive.kind === "finding" && !input.findings.some((f) => f.id === directive.id))
    throw templateError(
      "TEMPLATE_FINDING_UNKNOWN",
      location,
      directive.id,
      input.findings.map((f) => f.id),
    );
  if (directive.kind === "table") checkTableDirective(directive, input.definitions, location);
}

function expandBlockDirective(
  { directive, location }: PlacedDirective,
  input: ReportInput,
  numbering: { figure: number },
  nextTable: () => number,
): Block[] {
  switch (directive.kind) {
    case "chart":
      return [
        {
          kind: "figure",
          number: ++numbering.figure,
          chart: chartById(input.charts, directive.request.id),
        },
      ];
    case "finding":
      return [
        {
          kind: "paragraph",
          runs: [{ text: findingById(input.findings, directive.id).text, style: "regular" }],
        },
      ];
    case "findings":
      return input.findings.length
        ? [{ kind: "list", items: input.findings.map(findingRuns) }]
        : [];
    case "table":
      return [indicatorTableBlock(directive, input, nextTable(), location)];
    case "methodology": {
      // The chart of response rates, drawn by stage 5 because the plan asked for it.
      const chart = input.charts.find((c) => c.id === RESPONSE_CHART.id);
      return methodologyBlocks(
        input.year,
        input.methodology,
        nextTable,
        input.estimates,
        chart && { chart, number: () => ++numbering.figure },
      );
    }
    case "definitions": {
      const asked = askedInYear(input);
      return definitionBlocks(
        input.year,
        input.definitions.filter((d) => asked(d.id)),
        input.questionnaire,
        nextTable(),
      );
    }
    case "index-checks": {
      // Planned only for a year that has the index, so its analysis exists.
      if (input.index?.framework.id !== directive.id)
        throw new Error(`index "${directive.id}" reached the report without its analysis`);
      return indexBlocks(input.index, nextTable);
    }
    case "toc":
      return [{ kind: "toc" }];
    case "own-table":
      return [ownTableBlock(directive, organisationContext(input, location), nextTable())];
    case "own-history":
      return [ownHistoryBlock(directive, organisationContext(input, location), nextTable())];
    case "own-changes":
      return ownChangesBlocks(directive, organisationContext(input, location));
    case "peer-groups":
      return peerGroupsBlocks(organisationContext(input, location));
  }
}

/** What the directives about the organisation need; planning keeps them to benchmark.md. */
function organisationContext(input: ReportInput, location: SourceLocation) {
  const { organisation } = input;
  if (!organisation)
    throw new Error(
      `${formatLocation(location)}a directive about the organisation reached a report without one`,
    );
  return { organisation, definitions: input.definitions, isSample: input.isSample };
}

/** "# Vedlegg: Metode {-}" is an unnumbered chapter (pandoc's marker). */
function headingBlock(token: Tokens.Heading, numbering: { chapter: number }): Block {
  const runs = inlineRuns(token.tokens);
  const raw = runs
    .map((r) => r.text)
    .join("")
    .trim();
  const unnumbered = /\s*\{-\}$/.test(raw);
  const text = raw.replace(/\s*\{-\}$/, "");
  const level = Math.min(token.depth, 3) as 1 | 2 | 3;
  const number = level === 1 && !unnumbered ? String(++numbering.chapter) : undefined;
  return { kind: "heading", level, text, number };
}

function findingRuns(finding: Finding): Run[] {
  const title = /[.!?:]$/.test(finding.title) ? finding.title : `${finding.title}.`;
  return [
    { text: title, style: "bold" },
    { text: ` ${finding.text}`, style: "regular" },
  ];
}

/** A list item's inline tokens, whether the list is tight (text) or loose (paragraphs). */
function flattenItem(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => {
    if (t.type === "text" || t.type === "paragraph") return (t as Tokens.Text).tokens ?? [t];
    if (t.type === "space") return [];
    return [t];
  });
}

/** The planned charts were rendered upstream; a missing one is a bug, not a template error. */
function chartById(charts: readonly RenderedChart[], id: string): RenderedChart {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`chart "${id}" is in the template but was not rendered`);
  return chart;
}

function findingById(findings: readonly Finding[], id: string): Finding {
  const finding = findings.find((f) => f.id === id);
  if (!finding) throw new Error(`finding ${id} was checked but is missing`);
  return finding;
}

function isInlineDirective(directive: Directive): directive is InlineDirective {
  return directive.kind === "indicator" || directive.kind === "change" || directive.kind === "n";
}

function isBlockDirective(directive: Directive): directive is BlockDirective {
  return BLOCK_DIRECTIVES.has(directive.kind);
}

/** Backslash-escapes Markdown punctuation so that a value is never read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, "\\$&");
}

/** Best-effort location of a token: the first line of its source in the template. */
function locate(body: string, token: Token, file: string): SourceLocation {
  const firstLine = token.raw.split("\n").find((l) => l.trim() !== "") ?? "";
  const lineIndex = body.split(/\r?\n/).findIndex((l) => firstLine !== "" && l.includes(firstLine));
  return lineIndex < 0 ? { file } : { file, line: lineIndex + 1, column: 1 };
}
