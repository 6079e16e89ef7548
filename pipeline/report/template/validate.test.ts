import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chartsForReport } from "../../charts/report-charts.js";
import { ItipError } from "../../errors.js";
import { definitions, reportChartsInput } from "../../testdata/charts/inputs.js";
import { validateTemplate } from "./validate.js";

const read = (name: string) =>
  readFileSync(new URL(`../../../templates/${name}`, import.meta.url), "utf8");
const chartIds = chartsForReport(reportChartsInput()).map((c) => c.id);
const vocabulary = { definitions, chartIds };

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
  it.each(["report.md", "benchmark.md"])("accepts templates/%s", (name) => {
    expect(() =>
      validateTemplate({ file: `templates/${name}`, text: read(name) }, vocabulary),
    ).not.toThrow();
  });

  it("stops at an unknown chart with file:line:column, the known ids and exit 3", () => {
    expect(errorOf('# A\n\nTekst.\n\n{{ chart "trend-avanserte" }}\n')).toMatch(
      /^t\.md:5:1 TEMPLATE_CHART_UNKNOWN: unknown chart "trend-avanserte"\. Known chart ids: trend-avanserte-tjenester, .* \(exit 3\)$/,
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
    expect(errorOf('Se {{ chart "endring-alle" }} under.\n')).toMatch(
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
    expect(errorOf('---\ntitle: X\n---\n\n{{ chart "x" }}\n')).toMatch(/^t\.md:5:1 /);
  });
});
