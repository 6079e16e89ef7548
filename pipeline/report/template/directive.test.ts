import { describe, expect, it } from "vitest";
import { ItipError } from "../../errors.js";
import { parseDirective, scanDirectives } from "./directive.js";

const at = { file: "templates/report.md", line: 3, column: 5 };

function errorOf(run: () => unknown): ItipError {
  try {
    run();
  } catch (error) {
    if (error instanceof ItipError) return error;
    throw error;
  }
  throw new Error("expected an ItipError");
}

describe("parseDirective", () => {
  it("reads an indicator with group, year and format", () => {
    expect(
      parseDirective(
        ' indicator "avanserte-tjenester" group="kommune" year=2020 format="pct" ',
        at,
      ),
    ).toEqual({
      kind: "indicator",
      id: "avanserte-tjenester",
      group: "kommune",
      year: 2020,
      format: "pct",
      digits: undefined,
    });
  });

  it("leaves group, year and format to defaults when they are not given", () => {
    expect(parseDirective(' indicator "strategi" ', at)).toEqual({
      kind: "indicator",
      id: "strategi",
      group: undefined,
      year: undefined,
      format: undefined,
      digits: undefined,
    });
  });

  it("reads a change in percentage points by default and in relative percent with unit=rel", () => {
    expect(parseDirective(' change "avanserte-tjenester" group="alle" ', at)).toMatchObject({
      kind: "change",
      unit: "pp",
    });
    expect(parseDirective(' change "avanserte-tjenester" unit="rel" digits=1 ', at)).toMatchObject({
      kind: "change",
      unit: "rel",
      digits: 1,
    });
  });

  it("accepts bare words as values", () => {
    expect(parseDirective(' n "kompetanse-tilstrekkelig" group=stat ', at)).toEqual({
      kind: "n",
      id: "kompetanse-tilstrekkelig",
      group: "stat",
      year: undefined,
    });
  });

  it("reads the block directives chart, finding, findings, methodology and toc", () => {
    expect(
      parseDirective(' chart bars indicators="korona-raskere" title="Pandemien ({year})" ', at),
    ).toEqual({
      kind: "chart",
      request: {
        kind: "bars",
        id: "sektor-korona-raskere",
        indicators: ["korona-raskere"],
        groups: undefined,
        title: "Pandemien ({year})",
      },
    });
    expect(parseDirective(' finding "kompetanse" ', at)).toEqual({
      kind: "finding",
      id: "kompetanse",
    });
    expect(parseDirective(" findings ", at)).toEqual({ kind: "findings" });
    expect(parseDirective(" methodology ", at)).toEqual({ kind: "methodology" });
    expect(parseDirective("toc", at)).toEqual({ kind: "toc" });
  });

  it("rejects an unknown directive and lists the known ones", () => {
    const error = errorOf(() => parseDirective(' chrat "x" ', at));
    expect(error.code).toBe("TEMPLATE_DIRECTIVE_UNKNOWN");
    expect(error.exitCode).toBe(3);
    expect(error.location).toEqual(at);
    expect(error.message).toBe(
      'unknown directive "chrat". Known directives: indicator, change, n, year, previous-year, chart, finding, table, findings, methodology, definitions, index-checks, toc, org, own, own-table, own-history, own-changes, peer-groups, needs, else, end.',
    );
  });

  it("rejects a directive without a name", () => {
    const error = errorOf(() => parseDirective(' "avanserte-tjenester" ', at));
    expect(error.code).toBe("TEMPLATE_DIRECTIVE_MALFORMED");
    expect(error.message).toBe(
      'malformed directive: it must start with a name. Write it like {{ indicator "avanserte-tjenester" group="kommune" }}.',
    );
  });

  it("rejects an id without quotes", () => {
    const error = errorOf(() => parseDirective(" finding kompetanse ", at));
    expect(error.code).toBe("TEMPLATE_ARGUMENT_MISSING");
    expect(error.message).toBe(
      'directive "finding" needs an id in quotes: {{ finding "kompetanse" }}.',
    );
  });

  it("rejects an argument the directive does not have", () => {
    const error = errorOf(() => parseDirective(' chart trend indicator="a" group="stat" ', at));
    expect(error.code).toBe("TEMPLATE_ARGUMENT_UNKNOWN");
    expect(error.message).toBe(
      'directive "chart trend" has no argument "group". Known arguments: indicator, id, title.',
    );
  });

  it("rejects an unknown format, unit and a year that is not a number", () => {
    expect(errorOf(() => parseDirective(' indicator "a" format="percent" ', at)).message).toBe(
      'format="percent" is not valid: use one of pct, number, pp, rel.',
    );
    expect(errorOf(() => parseDirective(' change "a" unit="%" ', at)).message).toBe(
      'unit="%" is not valid: use one of pp, rel.',
    );
    const year = errorOf(() => parseDirective(' indicator "a" year="i fjor" ', at));
    expect(year.code).toBe("TEMPLATE_ARGUMENT_INVALID");
    expect(year.message).toBe('year="i fjor" is not valid: use a year like 2020.');
  });

  it("rejects an unclosed quote, a missing value and a repeated argument", () => {
    expect(errorOf(() => parseDirective(' indicator "a group="stat" ', at)).message).toBe(
      'malformed directive: a quote is not closed. Write it like {{ indicator "avanserte-tjenester" group="kommune" }}.',
    );
    expect(errorOf(() => parseDirective(' indicator "a" group ', at)).message).toMatch(
      /^malformed directive: write group="value"\./,
    );
    expect(
      errorOf(() => parseDirective(' indicator "a" group=stat group=kommune ', at)).message,
    ).toMatch(/^malformed directive: group is given twice\./);
  });
});

describe("parseDirective: table", () => {
  it("reads a title, a list of indicators and groups, a year and ci", () => {
    expect(
      parseDirective(
        ' table "Hovedtall" indicators="avanserte-tjenester, barriere-*" groups="stat,alle" year=2019 ci="no" ',
        at,
      ),
    ).toEqual({
      kind: "table",
      title: "Hovedtall",
      indicators: ["avanserte-tjenester", "barriere-*"],
      groups: ["stat", "alle"],
      year: 2019,
      ci: false,
    });
  });

  it("shows the sectors and the total, this year, with intervals, by default", () => {
    expect(parseDirective(' table "T" indicators="*" ', at)).toEqual({
      kind: "table",
      title: "T",
      indicators: ["*"],
      groups: ["stat", "kommune", "fylkeskommune", "alle"],
      year: undefined,
      ci: true,
    });
  });

  it("needs a title and indicators", () => {
    expect(errorOf(() => parseDirective(' table indicators="a" ', at)).message).toBe(
      'directive "table" needs an id in quotes: {{ table "Hovedindikatorer etter sektor" indicators="avanserte-tjenester, strategi" }}.',
    );
    const missing = errorOf(() => parseDirective(' table "T" ', at));
    expect(missing.code).toBe("TEMPLATE_ARGUMENT_MISSING_NAMED");
    expect(missing.message).toBe(
      'directive "table" needs indicators="…": {{ table "Hovedindikatorer etter sektor" indicators="avanserte-tjenester, strategi" }}.',
    );
  });

  it("rejects ci other than yes or no", () => {
    expect(errorOf(() => parseDirective(' table "T" indicators="a" ci=true ', at)).message).toBe(
      'ci="true" is not valid: use one of yes, no.',
    );
  });

  it("reads {{ definitions }} without arguments", () => {
    expect(parseDirective(" definitions ", at)).toEqual({ kind: "definitions" });
    expect(errorOf(() => parseDirective(' definitions "x" ', at)).code).toBe(
      "TEMPLATE_DIRECTIVE_MALFORMED",
    );
  });
});

describe("scanDirectives", () => {
  it("finds every directive with its 1-based line and column", () => {
    const text =
      'Tittel\n\nAndelen er {{ indicator "a" }} i år, mot {{ indicator "a" year=2019 }}.\n\n{{ chart trend indicator="c" }}\n';
    const found = scanDirectives(text, "report.md");
    expect(found.map((f) => [f.location.line, f.location.column, f.aloneOnLine])).toEqual([
      [3, 12, false],
      [3, 42, false],
      [5, 1, true],
    ]);
    expect(found[2]?.directive).toEqual({
      kind: "chart",
      request: { kind: "trend", indicator: "c", id: "trend-c", title: undefined },
    });
  });

  it("reports an unclosed directive at its opening braces", () => {
    const error = errorOf(() =>
      scanDirectives('Tekst\r\n  mer {{ indicator "a" \r\n', "report.md"),
    );
    expect(error.code).toBe("TEMPLATE_DIRECTIVE_UNCLOSED");
    expect(error.format()).toBe(
      'report.md:2:7 TEMPLATE_DIRECTIVE_UNCLOSED: directive is not closed: end it with "}}" on the same line.',
    );
  });

  it("reports a parse error at the line and column of its directive", () => {
    const error = errorOf(() =>
      scanDirectives('# Tittel\n\nTekst {{ tabell "x" }}\n', "report.md"),
    );
    expect(error.location).toEqual({ file: "report.md", line: 3, column: 7 });
  });
});
