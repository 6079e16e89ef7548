// The directive language of templates/report.md, parsed without looking at any data:
//
//   {{ indicator "avanserte-tjenester" group="kommune" year=2020 format="pct" digits=0 }}
//   {{ change "avanserte-tjenester" group="alle" unit="pp" }}      (unit pp | rel)
//   {{ n "avanserte-tjenester" group="stat" }}                     (base n)
//   {{ chart "trend-avanserte-tjenester" }}      {{ finding "kompetanse" }}
//   {{ table "Hovedindikatorer etter sektor" indicators="avanserte-tjenester, barriere-*"
//            groups="stat, kommune, fylkeskommune, alle" year=2020 ci="yes" }}
//   {{ findings }}      {{ methodology }}      {{ definitions }}      {{ toc }}
//
// One directive per `{{ … }}` on one line; an id in double quotes first, then key=value
// arguments (value quoted, a number or a bare word).
import type { SourceLocation } from "../../errors.js";
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

export type Directive =
  | ({
      kind: "indicator";
      format: IndicatorFormat | undefined;
      digits: number | undefined;
    } & EstimateRef)
  | ({ kind: "change"; unit: ChangeUnit; digits: number | undefined } & EstimateRef)
  | ({ kind: "n" } & EstimateRef)
  | { kind: "chart"; id: string }
  | { kind: "finding"; id: string }
  | {
      kind: "table";
      /** The table's title (the caption says "Tabell 3: <title>"). */
      title: string;
      /** Indicator ids or prefixes ending in "*" ("barriere-*"); "*" alone is every indicator. */
      indicators: string[];
      groups: string[];
      year: number | undefined;
      /** Show the 95 % interval next to each estimate where it is computed. */
      ci: boolean;
    }
  | { kind: "findings" }
  | { kind: "methodology" }
  | { kind: "definitions" }
  | { kind: "toc" };

export type DirectiveKind = Directive["kind"];

/** Directives that insert a block and must stand on a line of their own. */
export const BLOCK_DIRECTIVES: ReadonlySet<DirectiveKind> = new Set([
  "chart",
  "finding",
  "table",
  "findings",
  "methodology",
  "definitions",
  "toc",
]);

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
  chart: { takesId: true, arguments: [], example: '{{ chart "trend-avanserte-tjenester" }}' },
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
  toc: { takesId: false, arguments: [], example: "{{ toc }}" },
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
      found.push({ directive, location, start, end, aloneOnLine });
      from = end;
    }
  });
  return found;
}

type Token = { type: "word" | "string" | "number"; value: string } | { type: "equals" };

/** Parses the inside of `{{ … }}`; `location` is that of the `{{`. */
export function parseDirective(source: string, location: Required<SourceLocation>): Directive {
  const tokens = tokenize(source, location);
  const [head, ...rest] = tokens;
  if (!head || head.type !== "word")
    throw templateError("TEMPLATE_DIRECTIVE_MALFORMED", location, "it must start with a name");
  const kind = head.value;
  if (!isDirectiveKind(kind))
    throw templateError("TEMPLATE_DIRECTIVE_UNKNOWN", location, kind, DIRECTIVE_NAMES);
  const syntax = SYNTAX[kind];

  let id: string | undefined;
  if (syntax.takesId) {
    const first = rest[0];
    if (!first || first.type !== "string" || rest[1]?.type === "equals")
      throw templateError("TEMPLATE_ARGUMENT_MISSING", location, kind, syntax.example);
    id = first.value;
    rest.shift();
  }
  const args = parseArguments(rest, kind, syntax, location);
  return buildDirective(kind, id ?? "", args, location);
}

function parseArguments(
  tokens: Token[],
  kind: DirectiveKind,
  syntax: DirectiveSyntax,
  location: Required<SourceLocation>,
): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < tokens.length; i += 3) {
    const [key, equals, value] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (key?.type !== "word") {
      const what = key?.type === "string" ? `unexpected "${key.value}"` : 'unexpected "="';
      throw templateError("TEMPLATE_DIRECTIVE_MALFORMED", location, what);
    }
    if (equals?.type !== "equals" || !value || value.type === "equals")
      throw templateError("TEMPLATE_DIRECTIVE_MALFORMED", location, `write ${key.value}="value"`);
    if (!syntax.arguments.includes(key.value))
      throw templateError("TEMPLATE_ARGUMENT_UNKNOWN", location, kind, key.value, syntax.arguments);
    if (args.has(key.value))
      throw templateError("TEMPLATE_DIRECTIVE_MALFORMED", location, `${key.value} is given twice`);
    args.set(key.value, value.value);
  }
  return args;
}

function buildDirective(
  kind: DirectiveKind,
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
    case "chart":
    case "finding":
      return { kind, id };
    case "table": {
      const indicators = listArgument(args, "indicators");
      if (!indicators?.length)
        throw templateError(
          "TEMPLATE_ARGUMENT_MISSING_NAMED",
          location,
          kind,
          "indicators",
          SYNTAX.table.example,
        );
      return {
        kind,
        title: id,
        indicators,
        groups: listArgument(args, "groups") ?? [...DEFAULT_TABLE_GROUPS],
        year: integerArgument(args, "year", location, "a year like 2020"),
        ci: (oneOf(args, "ci", YES_NO, location) ?? "yes") === "yes",
      };
    }
    default:
      return { kind };
  }
}

/** "a, b,c" → ["a", "b", "c"]; undefined when the argument is not given. */
function listArgument(args: Map<string, string>, name: string): string[] | undefined {
  const raw = args.get(name);
  if (raw === undefined) return undefined;
  return raw
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function integerArgument(
  args: Map<string, string>,
  name: string,
  location: Required<SourceLocation>,
  expected: string,
): number | undefined {
  const raw = args.get(name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw))
    throw templateError("TEMPLATE_ARGUMENT_INVALID", location, name, raw, `use ${expected}`);
  return Number(raw);
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

function oneOf<T extends string>(
  args: Map<string, string>,
  name: string,
  allowed: readonly T[],
  location: Required<SourceLocation>,
): T | undefined {
  const raw = args.get(name);
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw))
    throw templateError(
      "TEMPLATE_ARGUMENT_INVALID",
      location,
      name,
      raw,
      `use one of ${allowed.join(", ")}`,
    );
  return raw as T;
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
