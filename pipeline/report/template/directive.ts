// The directive language of templates/report.md, parsed without looking at any data:
//
//   {{ indicator "avanserte-tjenester" group="kommune" year=2020 format="pct" digits=0 }}
//   {{ change "avanserte-tjenester" group="alle" unit="pp" }}      (unit pp | rel)
//   {{ n "avanserte-tjenester" group="stat" }}                     (base n)
//   {{ chart trend indicator="avanserte-tjenester" }}   (kinds: chart-directive.ts)
//   {{ finding "kompetanse" }}      {{ year }}      {{ previous-year }}
//   {{ table "Hovedindikatorer etter sektor" indicators="avanserte-tjenester, barriere-*"
//            groups="stat, kommune, fylkeskommune, alle" year=2020 ci="yes" }}
//   {{ findings }}      {{ methodology }}      {{ definitions }}      {{ toc }}
//   {{ index-checks "digital-modenhet" }}   (a composite index: its checks and sensitivity)
//   benchmark.md only, about the organisation the report is for (pipeline/benchmark/):
//   {{ org }}   {{ own "avanserte-tjenester" }}   {{ peer-groups }}
//   {{ own-table "Deres svar" indicators="…" }}   {{ own-history "Deres svar over tid" indicators="…" }}
//   {{ own-changes indicators="…" }}
//   {{ needs indicators="korona-raskere" changes="…" trend="…" questions="…" findings="…" }}
//     … shown only when the report year has all of it …
//   {{ else }}
//     … shown otherwise …
//   {{ end }}
//
// One directive per `{{ … }}` on one line; an id in double quotes first, then key=value
// arguments (value quoted, a number or a bare word).
import type { SourceLocation } from "../../errors.js";
import type { ChartRequest } from "../../charts/chart-request.js";
import { parseChartRequest } from "./chart-directive.js";
import {
  integerArgument,
  listArgument,
  oneOf,
  parseArguments,
  type Token,
} from "./directive-arguments.js";
import { templateError } from "./template-error.js";

export const INDICATOR_FORMATS = ["pct", "number", "pp", "rel"] as const;
export type IndicatorFormat = (typeof INDICATOR_FORMATS)[number];
export const CHANGE_UNITS = ["pp", "rel"] as const;
export type ChangeUnit = (typeof CHANGE_UNITS)[number];
export const YES_NO = ["yes", "no"] as const;
/** The groups a table shows when it names none: the sectors and the total. */
export const DEFAULT_TABLE_GROUPS = ["stat", "kommune", "fylkeskommune", "alle"] as const;

/** Where an inline number comes from: an indicator of a group in a year. */
export interface EstimateRef {
  id: string;
  group: string | undefined;
  year: number | undefined;
}

/** What a `{{ needs … }}` section needs of the report year; each list may be empty. */
export interface Needs {
  /** Indicators asked in the report year. */
  indicators: string[];
  /** Indicators with a change from the year before (both years in the input and asked). */
  changes: string[];
  /** Indicators with estimates in at least two years up to the report year. */
  trend: string[];
  /** Questions (keys of questions.yaml) asked in the report year. */
  questions: string[];
  /** Findings of findings.yaml that the data of the report year can support. */
  findings: string[];
}

export const NEEDS_KINDS = ["indicators", "changes", "trend", "questions", "findings"] as const;

export type Directive =
  | ({
      kind: "indicator";
      format: IndicatorFormat | undefined;
      digits: number | undefined;
    } & EstimateRef)
  | ({ kind: "change"; unit: ChangeUnit; digits: number | undefined } & EstimateRef)
  | ({ kind: "n" } & EstimateRef)
  | { kind: "year" }
  | { kind: "previous-year" }
  | { kind: "chart"; request: ChartRequest }
  | { kind: "finding"; id: string }
  | {
      kind: "table";
      /** The table's title (the caption says "Tabell 3: <title>"). */
      title: string;
      /** Indicator ids, prefixes ending in "*" ("barriere-*") or optional ids ending in "?". */
      indicators: string[];
      groups: string[];
      year: number | undefined;
      /** Show the 95 % interval next to each estimate where it is computed. */
      ci: boolean;
    }
  | { kind: "findings" }
  | { kind: "methodology" }
  | { kind: "definitions" }
  | { kind: "index-checks"; id: string }
  | { kind: "toc" }
  | { kind: "org" }
  | { kind: "own"; id: string }
  | { kind: "own-table"; title: string; indicators: string[] }
  | { kind: "own-history"; title: string; indicators: string[] }
  | { kind: "own-changes"; indicators: string[] }
  | { kind: "peer-groups" }
  | { kind: "needs"; needs: Needs }
  | { kind: "else" }
  | { kind: "end" };

export type DirectiveKind = Directive["kind"];

/** Directives that insert a block and must stand on a line of their own. */
export const BLOCK_DIRECTIVES: ReadonlySet<DirectiveKind> = new Set([
  "chart",
  "finding",
  "table",
  "findings",
  "methodology",
  "definitions",
  "index-checks",
  "toc",
  "own-table",
  "own-history",
  "own-changes",
  "peer-groups",
]);

/** Directives about the organisation a benchmark report is for: benchmark.md only. */
export const ORGANISATION_DIRECTIVES: ReadonlySet<DirectiveKind> = new Set([
  "org",
  "own",
  "own-table",
  "own-history",
  "own-changes",
  "peer-groups",
]);

/** Directives that open, divide or close a `needs` section (each on a line of its own). */
export const SECTION_DIRECTIVES: ReadonlySet<DirectiveKind> = new Set(["needs", "else", "end"]);

interface DirectiveSyntax {
  takesId: boolean;
  arguments: readonly string[];
  example: string;
}

const SYNTAX: Record<DirectiveKind, DirectiveSyntax> = {
  indicator: {
    takesId: true,
    arguments: ["group", "year", "format", "digits"],
    example: '{{ indicator "avanserte-tjenester" group="kommune" }}',
  },
  change: {
    takesId: true,
    arguments: ["group", "year", "unit", "digits"],
    example: '{{ change "avanserte-tjenester" unit="pp" }}',
  },
  n: { takesId: true, arguments: ["group", "year"], example: '{{ n "avanserte-tjenester" }}' },
  year: { takesId: false, arguments: [], example: "{{ year }}" },
  "previous-year": { takesId: false, arguments: [], example: "{{ previous-year }}" },
  // The chart's kind and arguments are parsed by chart-directive.ts.
  chart: { takesId: false, arguments: [], example: '{{ chart trend indicator="strategi" }}' },
  finding: { takesId: true, arguments: [], example: '{{ finding "kompetanse" }}' },
  table: {
    takesId: true,
    arguments: ["indicators", "groups", "year", "ci"],
    example:
      '{{ table "Hovedindikatorer etter sektor" indicators="avanserte-tjenester, strategi" }}',
  },
  findings: { takesId: false, arguments: [], example: "{{ findings }}" },
  methodology: { takesId: false, arguments: [], example: "{{ methodology }}" },
  definitions: { takesId: false, arguments: [], example: "{{ definitions }}" },
  "index-checks": {
    takesId: true,
    arguments: [],
    example: '{{ index-checks "digital-modenhet" }}',
  },
  toc: { takesId: false, arguments: [], example: "{{ toc }}" },
  org: { takesId: false, arguments: [], example: "{{ org }}" },
  own: { takesId: true, arguments: [], example: '{{ own "avanserte-tjenester" }}' },
  "own-table": {
    takesId: true,
    arguments: ["indicators"],
    example: '{{ own-table "Deres svar" indicators="avanserte-tjenester, strategi" }}',
  },
  "own-history": {
    takesId: true,
    arguments: ["indicators"],
    example: '{{ own-history "Deres svar over tid" indicators="avanserte-tjenester" }}',
  },
  "own-changes": {
    takesId: false,
    arguments: ["indicators"],
    example: '{{ own-changes indicators="*" }}',
  },
  "peer-groups": { takesId: false, arguments: [], example: "{{ peer-groups }}" },
  needs: {
    takesId: false,
    arguments: NEEDS_KINDS,
    example: '{{ needs indicators="korona-raskere" }}',
  },
  else: { takesId: false, arguments: [], example: "{{ else }}" },
  end: { takesId: false, arguments: [], example: "{{ end }}" },
};

export const DIRECTIVE_NAMES = Object.keys(SYNTAX) as DirectiveKind[];

/** A directive found in a template: what it says, where it is, the exact source text. */
export interface DirectiveOccurrence {
  directive: Directive;
  location: Required<SourceLocation>;
  /** Offsets into the line: `{{` … `}}` inclusive start, exclusive end. */
  start: number;
  end: number;
  /** Nothing but whitespace around it on its line. */
  aloneOnLine: boolean;
}

/** Finds and parses every `{{ … }}` of a template, line by line. */
export function scanDirectives(text: string, file: string): DirectiveOccurrence[] {
  const found: DirectiveOccurrence[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    let from = 0;
    for (;;) {
      const start = line.indexOf("{{", from);
      if (start < 0) break;
      const location = { file, line: index + 1, column: start + 1 };
      const close = line.indexOf("}}", start + 2);
      if (close < 0) throw templateError("TEMPLATE_DIRECTIVE_UNCLOSED", location);
      const end = close + 2;
      const directive = parseDirective(line.slice(start + 2, close), location);
      const aloneOnLine = line.slice(0, start).trim() === "" && line.slice(end).trim() === "";
      if (SECTION_DIRECTIVES.has(directive.kind) && !aloneOnLine)
        throw templateError("TEMPLATE_DIRECTIVE_NOT_ALONE", location, directive.kind);
      found.push({ directive, location, start, end, aloneOnLine });
      from = end;
    }
  });
  return found;
}

/** Parses the inside of `{{ … }}`; `location` is that of the `{{`. */
export function parseDirective(source: string, location: Required<SourceLocation>): Directive {
  const tokens = tokenize(source, location);
  const [head, ...rest] = tokens;
  if (!head || head.type !== "word")
    throw templateError("TEMPLATE_DIRECTIVE_MALFORMED", location, "it must start with a name");
  const kind = head.value;
  if (!isDirectiveKind(kind))
    throw templateError("TEMPLATE_DIRECTIVE_UNKNOWN", location, kind, DIRECTIVE_NAMES);
  if (kind === "chart") return { kind, request: parseChartRequest(rest, location) };
  const syntax = SYNTAX[kind];

  let id: string | undefined;
  if (syntax.takesId) {
    const first = rest[0];
    if (!first || first.type !== "string" || rest[1]?.type === "equals")
      throw templateError("TEMPLATE_ARGUMENT_MISSING", location, kind, syntax.example);
    id = first.value;
    rest.shift();
  }
  const args = parseArguments(rest, kind, syntax.arguments, location);
  return buildDirective(kind, id ?? "", args, location);
}

function buildDirective(
  kind: Exclude<DirectiveKind, "chart">,
  id: string,
  args: Map<string, string>,
  location: Required<SourceLocation>,
): Directive {
  const ref = (): EstimateRef => ({
    id,
    group: args.get("group"),
    year: integerArgument(args, "year", location, "a year like 2020"),
  });
  switch (kind) {
    case "indicator":
      return {
        kind,
        ...ref(),
        format: oneOf(args, "format", INDICATOR_FORMATS, location),
        digits: digitsArgument(args, location),
      };
    case "change":
      return {
        kind,
        ...ref(),
        unit: oneOf(args, "unit", CHANGE_UNITS, location) ?? "pp",
        digits: digitsArgument(args, location),
      };
    case "n":
      return { kind, ...ref() };
    case "finding":
    case "index-checks":
    case "own":
      return { kind, id };
    case "own-table":
    case "own-history":
      return { kind, title: id, indicators: requiredList(args, kind, location) };
    case "own-changes":
      return { kind, indicators: requiredList(args, kind, location) };
    case "table":
      return {
        kind,
        title: id,
        indicators: requiredList(args, kind, location),
        groups: listArgument(args, "groups") ?? [...DEFAULT_TABLE_GROUPS],
        year: integerArgument(args, "year", location, "a year like 2020"),
        ci: (oneOf(args, "ci", YES_NO, location) ?? "yes") === "yes",
      };
    case "needs": {
      const needs = Object.fromEntries(
        NEEDS_KINDS.map((name) => [name, listArgument(args, name) ?? []]),
      ) as unknown as Needs;
      if (NEEDS_KINDS.every((name) => needs[name].length === 0))
        throw templateError(
          "TEMPLATE_ARGUMENT_MISSING_NAMED",
          location,
          kind,
          NEEDS_KINDS.join("|"),
          SYNTAX.needs.example,
        );
      return { kind, needs };
    }
    default:
      return { kind };
  }
}

/** The `indicators="…"` a directive cannot do without. */
function requiredList(
  args: Map<string, string>,
  kind: "table" | "own-table" | "own-history" | "own-changes",
  location: Required<SourceLocation>,
): string[] {
  const list = listArgument(args, "indicators");
  if (!list?.length)
    throw templateError(
      "TEMPLATE_ARGUMENT_MISSING_NAMED",
      location,
      kind,
      "indicators",
      SYNTAX[kind].example,
    );
  return list;
}

function digitsArgument(args: Map<string, string>, location: Required<SourceLocation>) {
  const digits = integerArgument(args, "digits", location, "0, 1 or 2");
  if (digits !== undefined && digits > 2)
    throw templateError(
      "TEMPLATE_ARGUMENT_INVALID",
      location,
      "digits",
      String(digits),
      "use 0, 1 or 2",
    );
  return digits;
}

function isDirectiveKind(name: string): name is DirectiveKind {
  return Object.hasOwn(SYNTAX, name);
}

const TOKEN = /\s*(?:"([^"]*)"|([A-Za-z][\w-]*)|(\d+(?:\.\d+)?)|(=)|(\S))/y;

function tokenize(source: string, location: Required<SourceLocation>): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(source);
    if (!match) break;
    const [, string, word, number, equals, other] = match;
    if (string !== undefined) tokens.push({ type: "string", value: string });
    else if (word !== undefined) tokens.push({ type: "word", value: word });
    else if (number !== undefined) tokens.push({ type: "number", value: number });
    else if (equals !== undefined) tokens.push({ type: "equals" });
    else {
      const detail = other === '"' ? "a quote is not closed" : `unexpected "${other ?? ""}"`;
      throw templateError("TEMPLATE_DIRECTIVE_MALFORMED", location, detail);
    }
  }
  return tokens;
}
