// `{{ chart <kind> … }}`: which chart of which kind shows what, written where it appears.
//
//   {{ chart trend indicator="avanserte-tjenester" }}
//   {{ chart bars indicators="avanserte-tjenester, sammenhengende-tjenester" title="… ({year})" }}
//   {{ chart sizes indicator="avanserte-tjenester" }}
//   {{ chart likert question="korona_tempo" order="4, 3, 2, 1" neutral=3 }}
//   {{ chart multiples indicators="gevinst-*" title="Realiserte gevinster over tid" }}
//   {{ chart changes indicators="avanserte-tjenester, strategi" title="Endring fra {previous-year} til {year}" }}
//   {{ chart response }}
//   {{ chart sensitivity indicator="digital-modenhet" }}
//
// Every kind also takes id="…" (the file name charts/<id>.svg; a default is made from the kind
// and its subject) and title="…".
import type { SourceLocation } from "../../errors.js";
import { GROUPS, type Group } from "../../indicators/types.js";
import {
  CHART_KINDS,
  defaultChartId,
  type ChartRequest,
  type ChartRequestKind,
} from "../../charts/chart-request.js";
import {
  integerArgument,
  integerListArgument,
  listArgument,
  parseArguments,
  requiredArgument,
  type Token,
} from "./directive-arguments.js";
import { templateError } from "./template-error.js";

interface ChartSyntax {
  required: readonly string[];
  optional: readonly string[];
  example: string;
}

export const CHART_SYNTAX: Record<ChartRequestKind, ChartSyntax> = {
  trend: {
    required: ["indicator"],
    optional: ["id", "title"],
    example: '{{ chart trend indicator="avanserte-tjenester" }}',
  },
  bars: {
    required: ["indicators", "title"],
    optional: ["groups", "id"],
    example: '{{ chart bars indicators="barriere-*" title="Barrierer etter sektor ({year})" }}',
  },
  sizes: {
    required: ["indicator"],
    optional: ["id", "title"],
    example: '{{ chart sizes indicator="avanserte-tjenester" }}',
  },
  likert: {
    required: ["question"],
    optional: ["order", "neutral", "id", "title"],
    example: '{{ chart likert question="kompetanse" }}',
  },
  multiples: {
    required: ["indicators", "title"],
    optional: ["id"],
    example: '{{ chart multiples indicators="gevinst-*" title="Realiserte gevinster over tid" }}',
  },
  changes: {
    required: ["indicators", "title"],
    optional: ["group", "id"],
    example:
      '{{ chart changes indicators="avanserte-tjenester, strategi" title="Endring fra {previous-year} til {year}" }}',
  },
  response: {
    required: [],
    optional: ["id", "title"],
    example: "{{ chart response }}",
  },
  sensitivity: {
    required: ["indicator"],
    optional: ["id", "title"],
    example: '{{ chart sensitivity indicator="digital-modenhet" }}',
  },
  position: {
    required: ["indicators", "title"],
    optional: ["id"],
    example:
      '{{ chart position indicators="avanserte-tjenester, strategi" title="Deres svar og sektoren ({year})" }}',
  },
  "own-trend": {
    required: ["indicator"],
    optional: ["id", "title"],
    example: '{{ chart own-trend indicator="markedssamarbeid" }}',
  },
};

/** Parses what follows `chart`: the kind as a bare word, then its arguments. */
export function parseChartRequest(
  tokens: readonly Token[],
  location: Required<SourceLocation>,
): ChartRequest {
  const [head, ...rest] = tokens;
  if (head?.type !== "word" || !isChartKind(head.value))
    throw templateError(
      "TEMPLATE_CHART_KIND_UNKNOWN",
      location,
      head && head.type !== "equals" ? head.value : "",
      CHART_KINDS,
    );
  const kind = head.value;
  const syntax = CHART_SYNTAX[kind];
  const args = parseArguments(
    rest,
    `chart ${kind}`,
    [...syntax.required, ...syntax.optional],
    location,
  );
  const required = (name: string) =>
    requiredArgument(args, name, `chart ${kind}`, syntax.example, location);
  for (const name of syntax.required) required(name);
  const list = (name: string) => listArgument(args, name) ?? [];
  const title = args.get("title");
  const withId = (subject: string) => ({ id: chartId(args, kind, subject, location), title });

  switch (kind) {
    case "trend":
    case "sizes":
    case "sensitivity":
    case "own-trend": {
      const indicator = required("indicator");
      return { kind, indicator, ...withId(indicator) };
    }
    case "likert": {
      const question = required("question");
      const neutral = integerArgument(args, "neutral", location, "a code like 3");
      return {
        kind,
        question,
        order: integerListArgument(args, "order", location, 'codes like "4, 3, 2, 1"'),
        neutral,
        ...withId(question),
      };
    }
    case "bars": {
      const indicators = list("indicators");
      const groups = listArgument(args, "groups");
      return {
        kind,
        indicators,
        groups: groups === undefined ? undefined : groups.map((g) => group(g, location)),
        ...withId(indicators[0] ?? ""),
      };
    }
    case "multiples":
    case "position": {
      const indicators = list("indicators");
      return { kind, indicators, ...withId(indicators[0] ?? "") };
    }
    case "changes": {
      const indicators = list("indicators");
      return {
        kind,
        indicators,
        group: group(args.get("group") ?? "alle", location),
        ...withId(indicators[0] ?? ""),
      };
    }
    case "response":
      return { kind, ...withId("") };
  }
}

function chartId(
  args: Map<string, string>,
  kind: ChartRequestKind,
  subject: string,
  location: Required<SourceLocation>,
): string {
  const id = args.get("id") ?? defaultChartId(kind, subject);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    throw templateError(
      "TEMPLATE_ARGUMENT_INVALID",
      location,
      "id",
      id,
      "use lower-case letters, digits and hyphens (it names charts/<id>.svg)",
    );
  return id;
}

function group(name: string, location: Required<SourceLocation>): Group {
  if (!(GROUPS as readonly string[]).includes(name))
    throw templateError("TEMPLATE_GROUP_UNKNOWN", location, name, GROUPS);
  return name as Group;
}

function isChartKind(name: string): name is ChartRequestKind {
  return (CHART_KINDS as readonly string[]).includes(name);
}
