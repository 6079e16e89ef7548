// Planning a report: which parts of the template the report year shows, before any chart is
// drawn. `{{ needs … }}` sections whose needs the year lacks are left out (their `{{ else }}`
// shown instead) and listed; everything shown is checked against the data, so a chart, number
// or finding the year cannot support stops the build with a template error that says which
// `needs` to write — nothing is ever dropped silently.
//
//   1 front matter off   2 sections: keep or blank each line   3 check what is kept against the
//   data, collect the charts   4 list what was left out
import type { ChartRequest } from "../../charts/chart-request.js";
import type { SourceLocation } from "../../errors.js";
import type { IndicatorDefinition } from "../../templates/indicator-definitions.js";
import { matchIndicatorList, selectAsked } from "../../templates/indicator-list.js";
import type { Availability } from "./availability.js";
import { chartNeeds } from "./chart-needs.js";
import {
  checkChartRequest,
  checkIndex,
  checkFinding,
  checkIndicatorList,
  checkNeeds,
  type TemplateVocabulary,
} from "./check-references.js";
import { ORGANISATION_CHART_KINDS } from "../../charts/chart-request.js";
import {
  ORGANISATION_DIRECTIVES,
  scanDirectives,
  SECTION_DIRECTIVES,
  type Directive,
  type DirectiveOccurrence,
  type Needs,
} from "./directive.js";
import { splitFrontMatter } from "./front-matter.js";
import { templateError } from "./template-error.js";
import { RESPONSE_CHART } from "../methodology-blocks.js";

/** Something the template names that the report year leaves out, and why. */
export interface LeftOut {
  location: Required<SourceLocation>;
  /** What it is: `section "Koronapandemien"`, `chart "sektor-korona"`, `table "…" rows …`. */
  what: string;
  reason: string;
}

export interface PlacedChart {
  request: ChartRequest;
  location: Required<SourceLocation>;
}

export interface ReportPlan {
  /** The template with every line the year leaves out blanked (line numbers stay true). */
  text: string;
  charts: PlacedChart[];
  leftOut: LeftOut[];
}

export function planReport(
  template: { file: string; text: string },
  vocabulary: TemplateVocabulary,
  available: Availability,
): ReportPlan {
  const { file } = template;
  const { body } = splitFrontMatter(template.text, file);
  const occurrences = scanDirectives(body, file);
  const { lines, leftOut } = selectSections(body, occurrences, vocabulary, available);
  const keptOccurrences = occurrences.filter((o) => lines[o.location.line - 1] !== "");
  const charts = checkKept(keptOccurrences, vocabulary, available, leftOut);
  leftOut.sort((a, b) => a.location.line - b.location.line);
  // The front matter's lines are blank in the body; the report stage reads them again.
  const original = template.text.split(/\r?\n/);
  const frontMatterEnd = firstBodyLine(original);
  const text = [...original.slice(0, frontMatterEnd), ...lines.slice(frontMatterEnd)];
  return { text: text.join("\n"), charts, leftOut };
}

interface Section {
  location: Required<SourceLocation>;
  reasons: string[];
  /** The branch being read is the one shown. */
  showing: boolean;
  inElse: boolean;
  /** The `needs` branch: its first line (1-based) and the line of its else or end (1-based). */
  firstLine: number;
  lastLine: number;
}

function selectSections(
  body: string,
  occurrences: readonly DirectiveOccurrence[],
  vocabulary: TemplateVocabulary,
  available: Availability,
): { lines: string[]; leftOut: LeftOut[] } {
  const original = body.split(/\r?\n/);
  const lines = [...original];
  const sectionAt = new Map(
    occurrences
      .filter((o) => SECTION_DIRECTIVES.has(o.directive.kind))
      .map((o) => [o.location.line, o]),
  );
  const stack: Section[] = [];
  const leftOut: LeftOut[] = [];
  const shown = () => stack.every((s) => s.showing);
  original.forEach((_, index) => {
    const occurrence = sectionAt.get(index + 1);
    if (!occurrence) {
      if (!shown()) lines[index] = "";
      return;
    }
    lines[index] = "";
    const { directive, location } = occurrence;
    if (directive.kind === "needs") {
      checkNeeds(directive.needs, vocabulary, location);
      const reasons = unmetNeeds(directive.needs, vocabulary.definitions, available);
      stack.push({
        location,
        reasons,
        showing: reasons.length === 0,
        inElse: false,
        firstLine: index + 2,
        lastLine: original.length,
      });
      return;
    }
    const section = stack[stack.length - 1];
    if (!section)
      throw templateError(
        "TEMPLATE_NEEDS_UNBALANCED",
        location,
        `{{ ${directive.kind} }} without a {{ needs … }} before it`,
      );
    if (directive.kind === "else") {
      if (section.inElse)
        throw templateError(
          "TEMPLATE_NEEDS_UNBALANCED",
          location,
          "a second {{ else }} in one section",
        );
      section.inElse = true;
      section.lastLine = index + 1;
      section.showing = section.reasons.length > 0;
      return;
    }
    stack.pop();
    if (!section.inElse) section.lastLine = index + 1;
    if (section.reasons.length > 0 && shown())
      leftOut.push({
        location: section.location,
        what:
          describeLines(original, section.firstLine, section.lastLine) +
          (section.inElse ? " (its {{ else }} part shown instead)" : ""),
        reason: section.reasons.join("; "),
      });
  });
  const open = stack[stack.length - 1];
  if (open)
    throw templateError(
      "TEMPLATE_NEEDS_UNBALANCED",
      open.location,
      "{{ needs … }} is not closed with {{ end }}",
    );
  return { lines, leftOut };
}

/** Why a `needs` section cannot be shown: one reason per need the year lacks. */
function unmetNeeds(
  needs: Needs,
  definitions: readonly IndicatorDefinition[],
  available: Availability,
): string[] {
  // A pattern ("gevinst-*") is met by any one of its indicators, an id by itself.
  const indicators = (list: readonly string[], unmet: (id: string) => string | undefined) =>
    matchIndicatorList(list, definitions).map((entry) => {
      const reasons = entry.matches.map((d) => unmet(d.id));
      return reasons.some((r) => r === undefined) ? undefined : reasons[0];
    });
  const reasons = [
    ...indicators(needs.indicators, (id) => available.indicator(id)),
    ...indicators(needs.changes, (id) => available.change(id)),
    ...indicators(needs.trend, (id) => available.trend(id)),
    ...needs.questions.map((key) => available.question(key)),
    ...needs.findings.map((id) => available.finding(id)),
  ];
  return reasons.filter((r): r is string => r !== undefined);
}

/** Checks every directive the year shows against its data; returns the charts to draw. */
function checkKept(
  occurrences: readonly DirectiveOccurrence[],
  vocabulary: TemplateVocabulary,
  available: Availability,
  leftOut: LeftOut[],
): PlacedChart[] {
  const charts: PlacedChart[] = [];
  const { year } = available;
  const unmet = (what: string, reasons: string[], needs: string, location: SourceLocation) => {
    if (reasons.length > 0)
      throw templateError("TEMPLATE_NEEDS_UNMET", location, what, year, reasons, needs);
  };
  for (const { directive, location } of occurrences) {
    checkOrganisationDirective(directive, vocabulary, location);
    switch (directive.kind) {
      case "own":
        checkIndicatorList([directive.id], vocabulary.definitions, location);
        break;
      case "own-table":
      case "own-history":
      case "own-changes":
        checkIndicatorList(directive.indicators, vocabulary.definitions, location);
        break;
      case "chart": {
        const { request } = directive;
        checkChartRequest(request, vocabulary, location);
        const previous = charts.find((c) => c.request.id === request.id);
        if (previous)
          throw templateError(
            "TEMPLATE_CHART_DUPLICATE",
            location,
            request.id,
            previous.location.line,
          );
        const needs = chartNeeds(request, vocabulary.definitions, available);
        unmet(`chart "${request.id}"`, needs.reasons, needs.suggestion, location);
        if (needs.leftOut.length > 0)
          leftOut.push({
            location,
            what: `chart "${request.id}": ${ids(needs.leftOut)}`,
            reason: `not asked in ${year}`,
          });
        charts.push({ request, location });
        break;
      }
      case "indicator":
      case "n":
        checkIndicatorList([directive.id], vocabulary.definitions, location);
        if (directive.year === undefined) {
          const reason = available.indicator(directive.id);
          unmet(
            `{{ ${directive.kind} "${directive.id}" }}`,
            reason ? [reason] : [],
            `indicators="${directive.id}"`,
            location,
          );
        }
        break;
      case "change": {
        checkIndicatorList([directive.id], vocabulary.definitions, location);
        const reason = directive.year === undefined ? available.change(directive.id) : undefined;
        unmet(
          `{{ change "${directive.id}" }}`,
          reason ? [reason] : [],
          `changes="${directive.id}"`,
          location,
        );
        break;
      }
      case "finding": {
        checkFinding(directive.id, vocabulary, location);
        const reason = available.finding(directive.id);
        unmet(
          `finding "${directive.id}"`,
          reason ? [reason] : [],
          `findings="${directive.id}"`,
          location,
        );
        break;
      }
      case "table": {
        checkIndicatorList(directive.indicators, vocabulary.definitions, location);
        const tableYear = directive.year ?? year;
        const selection = selectAsked(
          directive.indicators,
          vocabulary.definitions,
          (id) => available.indicator(id, tableYear) === undefined,
        );
        unmet(
          `table "${directive.title}"`,
          selection.missing.map((d) => available.indicator(d.id, tableYear) ?? d.id),
          `indicators="${ids(selection.missing)}"`,
          location,
        );
        if (selection.leftOut.length > 0)
          leftOut.push({
            location,
            what: `table "${directive.title}" rows ${ids(selection.leftOut)}`,
            reason: `not asked in ${tableYear}`,
          });
        break;
      }
      case "index-checks": {
        checkIndex(directive.id, vocabulary, location);
        const reason = available.indicator(directive.id);
        unmet(
          `{{ index-checks "${directive.id}" }}`,
          reason ? [reason] : [],
          `indicators="${directive.id}"`,
          location,
        );
        break;
      }
      case "methodology":
        // The appendix shows the response rates as a figure: stage 5 draws it.
        charts.push({ request: RESPONSE_CHART, location });
        break;
      case "definitions": {
        const notAsked = vocabulary.definitions.filter(
          (d) => available.indicator(d.id) !== undefined,
        );
        if (notAsked.length > 0)
          leftOut.push({
            location,
            what: `definitions of ${ids(notAsked)}`,
            reason: `not asked in ${year}`,
          });
        break;
      }
      default:
        break;
    }
  }
  return charts;
}

/** Directives about "the organisation" belong to a template built per organisation. */
function checkOrganisationDirective(
  directive: Directive,
  vocabulary: TemplateVocabulary,
  location: SourceLocation,
): void {
  const name =
    directive.kind === "chart"
      ? ORGANISATION_CHART_KINDS.includes(directive.request.kind)
        ? `chart ${directive.request.kind}`
        : undefined
      : ORGANISATION_DIRECTIVES.has(directive.kind)
        ? directive.kind
        : undefined;
  if (name !== undefined && !vocabulary.perOrganisation)
    throw templateError("TEMPLATE_ORGANISATION_ONLY", location, name);
  if (directive.kind === "chart" && directive.request.kind === "position") {
    const units = new Set(
      matchIndicatorList(directive.request.indicators, vocabulary.definitions).flatMap((e) =>
        e.matches.map((d) => `${d.measure} ${d.unit}`),
      ),
    );
    if (units.size > 1)
      throw templateError(
        "TEMPLATE_ARGUMENT_INVALID",
        location,
        "indicators",
        directive.request.indicators.join(", "),
        "a position chart shows indicators on one scale: only shares, or means of one unit",
      );
  }
}

/** Names a left-out section by its first heading, else its first chart or finding, else its first words. */
function describeLines(lines: readonly string[], first: number, end: number): string {
  const slice = lines.slice(first - 1, end - 1);
  const heading = slice.find((l) => /^#{1,3}\s/.test(l));
  if (heading) return `section "${heading.replace(/^#+\s*/, "").replace(/\s*\{-\}\s*$/, "")}"`;
  const block = slice.map((l) => /\{\{\s*(chart|finding|table)\b(.*?)\}\}/.exec(l)).find(Boolean);
  if (block) return `${block[1]}${block[2]?.replace(/\s+/g, " ").trimEnd() ?? ""}`;
  const text = slice.find((l) => l.trim() !== "")?.trim() ?? "";
  const words = text.replace(/\{\{.*?\}\}/g, "…");
  return `text "${words.length > 60 ? `${words.slice(0, 57)}…` : words}"`;
}

/** The index of the first line after the front matter (0 without one). */
function firstBodyLine(lines: readonly string[]): number {
  if (lines[0]?.trim() !== "---") return 0;
  return lines.findIndex((line, i) => i > 0 && line.trim() === "---") + 1;
}

function ids(definitions: readonly IndicatorDefinition[]): string {
  return definitions.map((d) => d.id).join(", ");
}
