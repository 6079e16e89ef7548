import { describe, expect, it } from "vitest";
import { ItipError } from "../../errors.js";
import { definitions, questionnaire } from "../../testdata/charts/inputs.js";
import type { Availability } from "./availability.js";
import { planReport } from "./plan.js";

const vocabulary = {
  definitions,
  questions: questionnaire.questions,
  findingIds: ["korona", "endring"],
};

/** 2015 in an input of 2008–2015: no korona question, strategi since 2008, one-year datadeling? no. */
const year2015: Availability = {
  year: 2015,
  indicator: (id) => (id === "korona-raskere" ? `"${id}" was not asked in 2015` : undefined),
  change: (id) => (id === "korona-raskere" ? `"${id}" was not asked in 2015` : undefined),
  trend: (id) => (id === "korona-raskere" ? `"${id}" was not asked in 2015` : undefined),
  question: (key) =>
    key === "korona_tempo" ? `question "${key}" was not asked in 2015` : undefined,
  finding: (id) => (id === "korona" ? "no estimate of korona-raskere in 2015" : undefined),
};

const plan = (text: string, available = year2015) =>
  planReport({ file: "t.md", text }, vocabulary, available);

function errorOf(text: string): string {
  try {
    plan(text);
  } catch (error) {
    if (error instanceof ItipError) return error.format();
    throw error;
  }
  return "planned";
}

describe("planReport", () => {
  it("shows a section whose needs the year has, without its needs and end lines", () => {
    const { text, leftOut } = plan(
      '# A\n\n{{ needs indicators="strategi" }}\nStrategi: {{ indicator "strategi" }}.\n{{ end }}\n',
    );
    expect(text).toBe('# A\n\n\nStrategi: {{ indicator "strategi" }}.\n\n');
    expect(leftOut).toEqual([]);
  });

  it("leaves out a section the year lacks, keeps the line numbers, and lists it with the reason", () => {
    const { text, leftOut } = plan(
      '# A\n\n{{ needs indicators="korona-raskere" }}\n# Pandemien\n\nTekst.\n{{ end }}\nSlutt.\n',
    );
    expect(text.split("\n")).toEqual(["# A", "", "", "", "", "", "", "Slutt.", ""]);
    expect(leftOut).toEqual([
      {
        location: { file: "t.md", line: 3, column: 1 },
        what: 'section "Pandemien"',
        reason: '"korona-raskere" was not asked in 2015',
      },
    ]);
  });

  it("shows the else branch instead, and only lists the needs branch", () => {
    const { text, leftOut } = plan(
      '{{ needs questions="korona_tempo" }}\nMed.\n{{ else }}\nUten.\n{{ end }}\n',
    );
    expect(text.trim()).toBe("Uten.");
    expect(leftOut.map((l) => l.what)).toEqual(['text "Med." (its {{ else }} part shown instead)']);
  });

  it("lists a nested section once: the outer one that was left out", () => {
    const { leftOut } = plan(
      '{{ needs findings="korona" }}\n## Ytre\n{{ needs indicators="korona-raskere" }}\n## Indre\n{{ end }}\n{{ end }}\n',
    );
    expect(leftOut.map((l) => l.what)).toEqual(['section "Ytre"']);
  });

  it("collects the charts the shown parts declare, in order", () => {
    const { charts } = plan(
      '{{ chart trend indicator="strategi" }}\n\n{{ needs indicators="korona-raskere" }}\n{{ chart bars indicators="korona-raskere" title="K" }}\n{{ end }}\n\n{{ chart likert question="kompetanse" }}\n',
    );
    expect(charts.map((c) => [c.request.id, c.location.line])).toEqual([
      ["trend-strategi", 1],
      ["likert-kompetanse", 7],
    ]);
  });

  it("stops at a chart the year cannot draw, saying which needs to write around it", () => {
    expect(errorOf('# A\n\n{{ chart bars indicators="korona-raskere" title="K" }}\n')).toBe(
      't.md:3:1 TEMPLATE_NEEDS_UNMET: chart "sektor-korona-raskere" needs what 2015 does not have: "korona-raskere" was not asked in 2015. Put it inside {{ needs indicators="korona-raskere" }} … {{ end }} so that a year without it leaves it out (the build lists what it left out), or remove it.',
    );
    expect(errorOf('{{ chart likert question="korona_tempo" }}\n')).toMatch(
      /TEMPLATE_NEEDS_UNMET: chart "likert-korona-tempo" .* \{\{ needs questions="korona_tempo" \}\}/,
    );
  });

  it("stops at a number, change or finding the year cannot give", () => {
    expect(errorOf('Andelen er {{ indicator "korona-raskere" }}.\n')).toMatch(
      /^t\.md:1:12 TEMPLATE_NEEDS_UNMET: \{\{ indicator "korona-raskere" \}\} needs .* \{\{ needs indicators="korona-raskere" \}\}/,
    );
    expect(errorOf('Endringen er {{ change "korona-raskere" }}.\n')).toMatch(
      /TEMPLATE_NEEDS_UNMET: .* \{\{ needs changes="korona-raskere" \}\}/,
    );
    expect(errorOf('{{ finding "korona" }}\n')).toMatch(
      /TEMPLATE_NEEDS_UNMET: finding "korona" needs what 2015 does not have: no estimate of korona-raskere in 2015\. Put it inside \{\{ needs findings="korona" \}\}/,
    );
  });

  it("leaves out optional indicators of a chart or table and lists them; required ones must be guarded", () => {
    const { leftOut } = plan(
      '{{ chart changes indicators="strategi, korona-raskere?" title="E" }}\n\n{{ table "T" indicators="strategi, korona-raskere?" }}\n',
    );
    expect(leftOut.map((l) => `${l.location.line} ${l.what}: ${l.reason}`)).toEqual([
      '1 chart "endring-strategi": korona-raskere: not asked in 2015',
      '3 table "T" rows korona-raskere: not asked in 2015',
    ]);
    expect(errorOf('{{ table "T" indicators="strategi, korona-raskere" }}\n')).toMatch(
      /TEMPLATE_NEEDS_UNMET: table "T" .* \{\{ needs indicators="korona-raskere" \}\}/,
    );
  });

  it("takes a pattern as met when any of its indicators is", () => {
    expect(plan('{{ needs trend="gevinst-*" }}\nGevinster.\n{{ end }}\n').text.trim()).toBe(
      "Gevinster.",
    );
  });

  it("keeps the front matter for the report stage", () => {
    expect(plan("---\ntitle: T\n---\n\nTekst.\n").text).toBe("---\ntitle: T\n---\n\nTekst.\n");
  });

  it("stops at an else without needs and at two else in one section", () => {
    expect(errorOf("{{ else }}\n")).toMatch(/^t\.md:1:1 TEMPLATE_NEEDS_UNBALANCED: /);
    expect(
      errorOf('{{ needs indicators="strategi" }}\n{{ else }}\n{{ else }}\n{{ end }}\n'),
    ).toMatch(/^t\.md:3:1 TEMPLATE_NEEDS_UNBALANCED: a second \{\{ else \}\} in one section\./);
  });

  it("insists that needs, else and end stand on a line of their own", () => {
    expect(errorOf('Tekst {{ needs indicators="strategi" }}\n')).toMatch(
      /^t\.md:1:7 TEMPLATE_DIRECTIVE_NOT_ALONE: /,
    );
  });
});
