import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ItipError } from "../../errors.js";
import { definitions, questionnaire } from "../../testdata/charts/inputs.js";
import { validateTemplate } from "./validate.js";

const read = (name: string) =>
  readFileSync(new URL(`../../../templates/${name}`, import.meta.url), "utf8");
const vocabulary = { definitions, questions: questionnaire.questions };

function errorOf(text: string): string {
  try {
    validateTemplate({ file: "t.md", text }, vocabulary);
  } catch (error) {
    if (error instanceof ItipError) return `${error.format()} (exit ${error.exitCode})`;
    throw error;
  }
  return "valid";
}

describe("validateTemplate", () => {
  it.each([
    ["report.md", false],
    ["benchmark.md", true],
  ])("accepts templates/%s", (name, perOrganisation) => {
    expect(() =>
      validateTemplate(
        { file: `templates/${name}`, text: read(name) },
        { ...vocabulary, perOrganisation },
      ),
    ).not.toThrow();
  });

  it("keeps directives about the organisation to benchmark.md", () => {
    expect(errorOf('Dere svarte {{ own "strategi" }}.\n')).toBe(
      "t.md:1:13 TEMPLATE_ORGANISATION_ONLY: {{ own }} shows one organisation's answers and belongs in benchmark.md, which is built for each participating organisation (itip build --per-org); remove it here. (exit 3)",
    );
    expect(errorOf('{{ chart position indicators="strategi" title="T" }}\n')).toMatch(
      /^t\.md:1:1 TEMPLATE_ORGANISATION_ONLY: \{\{ chart position \}\}/,
    );
  });

  it("stops at an unknown chart kind with file:line:column, the known kinds and exit 3", () => {
    expect(errorOf('# A\n\nTekst.\n\n{{ chart linje indicator="strategi" }}\n')).toBe(
      't.md:5:1 TEMPLATE_CHART_KIND_UNKNOWN: unknown chart kind "linje". Write the kind first, one of trend, bars, sizes, likert, multiples, changes, response, sensitivity, position, own-trend: {{ chart trend indicator="avanserte-tjenester" }}. (exit 3)',
    );
  });

  it("asks a composite index of a sensitivity chart and of {{ index-checks }}", () => {
    expect(errorOf('{{ chart sensitivity indicator="strategi" }}\n')).toBe(
      't.md:1:1 TEMPLATE_INDEX_EXPECTED: "strategi" is not a composite index: sensitivity charts and {{ index-checks }} take the id of templates/index.yaml (digital-modenhet). (exit 3)',
    );
    expect(errorOf('{{ index-checks "digital-modenhet-tjenester" }}\n')).toMatch(
      /^t\.md:1:1 TEMPLATE_INDEX_EXPECTED: "digital-modenhet-tjenester" is not a composite index/,
    );
    expect(errorOf('{{ chart sensitivity indicator="digital-modenhet" }}\n')).toBe("valid");
  });

  it("stops at a chart of an unknown indicator, pattern or question", () => {
    expect(errorOf('{{ chart trend indicator="avanserte" }}\n')).toMatch(
      /^t\.md:1:1 TEMPLATE_INDICATOR_UNKNOWN: unknown indicator "avanserte"\./,
    );
    expect(errorOf('{{ chart bars indicators="hindring-*" title="T" }}\n')).toMatch(
      /^t\.md:1:1 TEMPLATE_INDICATOR_PATTERN_EMPTY: no indicator id starts with "hindring-"/,
    );
    expect(errorOf('{{ chart likert question="barrierer" }}\n')).toMatch(
      /^t\.md:1:1 TEMPLATE_QUESTION_UNKNOWN: unknown question "barrierer" here\. Question keys that fit: rolle, strategi,/,
    );
  });

  it("stops at a chart without what its kind needs, naming the argument and an example", () => {
    expect(errorOf('{{ chart bars indicators="barriere-*" }}\n')).toBe(
      't.md:1:1 TEMPLATE_ARGUMENT_MISSING_NAMED: directive "chart bars" needs title="…": {{ chart bars indicators="barriere-*" title="Barrierer etter sektor ({year})" }}. (exit 3)',
    );
  });

  it("stops at two charts with one id", () => {
    expect(
      errorOf(
        '{{ chart trend indicator="strategi" }}\n\n{{ chart bars indicators="strategi" id="trend-strategi" title="T" }}\n',
      ),
    ).toMatch(
      /^t\.md:3:1 TEMPLATE_CHART_DUPLICATE: chart id "trend-strategi" is already used by the chart on line 1;/,
    );
  });

  it("stops at a needs section that is not closed, or an end without one", () => {
    expect(errorOf('# A\n\n{{ needs indicators="strategi" }}\n\nTekst.\n')).toMatch(
      /^t\.md:3:1 TEMPLATE_NEEDS_UNBALANCED: \{\{ needs … \}\} is not closed with \{\{ end \}\}\./,
    );
    expect(errorOf("Tekst.\n\n{{ end }}\n")).toMatch(
      /^t\.md:3:1 TEMPLATE_NEEDS_UNBALANCED: \{\{ end \}\} without a \{\{ needs … \}\} before it\./,
    );
    expect(errorOf('{{ needs trend="ukjent" }}\n{{ end }}\n')).toMatch(
      /^t\.md:1:1 TEMPLATE_INDICATOR_UNKNOWN: /,
    );
  });

  it("stops at an unknown indicator or group inside a sentence", () => {
    expect(errorOf('Andelen er {{ indicator "avanserte" }}.\n')).toMatch(
      /^t\.md:1:12 TEMPLATE_INDICATOR_UNKNOWN: unknown indicator "avanserte"\./,
    );
    expect(errorOf('\nAndelen er {{ n "strategi" group="kommuner" }}.\n')).toMatch(
      /^t\.md:2:12 TEMPLATE_GROUP_UNKNOWN: unknown group "kommuner"\./,
    );
  });

  it("stops at a malformed directive, a table without indicators and a block inside a sentence", () => {
    expect(errorOf("Se {{ indicator avanserte-tjenester }}\n")).toMatch(
      /^t\.md:1:4 TEMPLATE_ARGUMENT_MISSING: /,
    );
    expect(errorOf('{{ table "T" }}\n')).toMatch(/^t\.md:1:1 TEMPLATE_ARGUMENT_MISSING_NAMED: /);
    expect(errorOf('Se {{ chart trend indicator="strategi" }} under.\n')).toMatch(
      /^t\.md:1:4 TEMPLATE_DIRECTIVE_NOT_ALONE: /,
    );
  });

  it("stops at Markdown the layout does not support, at its line", () => {
    expect(errorOf("# A\n\n> Et sitat\n")).toBe(
      't.md:3:1 TEMPLATE_MARKDOWN_UNSUPPORTED: Markdown element "blockquote" is not supported in the report: use headings (#, ##), paragraphs, bullet lists, *emphasis* and **bold**. (exit 3)',
    );
  });

  it("checks finding ids only when they are known", () => {
    expect(errorOf('{{ finding "ukjent" }}\n')).toBe("valid");
    expect(() =>
      validateTemplate(
        { file: "t.md", text: '{{ finding "ukjent" }}\n' },
        { ...vocabulary, findingIds: ["kompetanse"] },
      ),
    ).toThrow(expect.objectContaining({ code: "TEMPLATE_FINDING_UNKNOWN" }));
  });

  it("keeps the line numbers of the body after front matter", () => {
    expect(errorOf("---\ntitle: X\n---\n\n{{ chart x }}\n")).toMatch(/^t\.md:5:1 /);
  });
});
