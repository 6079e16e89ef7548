import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ExitCode, ItipError } from "../errors.js";
import { definitions, questionnaire } from "../testdata/charts/inputs.js";
import { parseFindingDeclarations } from "./finding-declarations.js";

const FILE = "templates/findings.yaml";
const parse = (text: string) => parseFindingDeclarations(text, FILE, definitions, questionnaire);

/** findings.yaml with these lines under `findings:` (line 2 on). */
const yaml = (...lines: string[]) => ["findings:", ...lines, ""].join("\n");

/** A valid level finding; its lines 2–6. */
const level = [
  "  - id: kompetanse",
  "    kind: level",
  "    indicator: kompetanse-tilstrekkelig",
  "    title: Kompetanse",
  '    text: "{alle} av lederne mener de har nok kompetanse."',
];

/** The error `text` gives: `file:line:column CODE: message`, and its exit code. */
function errorOf(text: string): string {
  try {
    parse(text);
  } catch (error) {
    if (!(error instanceof ItipError)) throw error;
    expect(error.exitCode).toBe(ExitCode.template);
    return error.format();
  }
  return "valid";
}

describe("parseFindingDeclarations", () => {
  it("reads a finding with its kind, data, wording and location", () => {
    const [finding] = parse(yaml(...level));
    expect(finding).toMatchObject({
      kind: "statement",
      id: "kompetanse",
      location: { file: FILE, line: 2, column: 5 },
      sentence: { kind: "level", indicator: "kompetanse-tilstrekkelig", group: "alle" },
      then: [],
    });
  });

  it("reads title and text variants by state", () => {
    const [finding] = parse(
      yaml(
        "  - id: tjenester",
        "    kind: change",
        "    indicator: avanserte-tjenester",
        "    title: { rise: Flere, fall: Færre, uncertain: Tjenester }",
        '    text: "Andelen {endring}."',
      ),
    );
    expect(finding?.kind === "statement" && finding.title).toMatchObject({
      byState: {
        rise: { source: "Flere" },
        fall: { source: "Færre" },
        uncertain: { source: "Tjenester" },
      },
    });
  });

  it("reads the list kinds with their defaults", () => {
    expect(
      parse(
        yaml(
          "  - id: endringer",
          "    kind: significant-changes",
          "  - id: gap",
          "    kind: largest-gaps",
          "    groups: [stat, kommune]",
        ),
      ),
    ).toEqual([
      {
        kind: "significant-changes",
        id: "endringer",
        location: { file: FILE, line: 2, column: 5 },
        named: 3,
        largestId: undefined,
      },
      {
        kind: "largest-gaps",
        id: "gap",
        location: { file: FILE, line: 4, column: 5 },
        groups: ["stat", "kommune"],
        named: 3,
      },
    ]);
  });

  it("reads templates/findings.yaml: the seven findings of the report, in order", () => {
    const text = readFileSync(new URL("../../templates/findings.yaml", import.meta.url), "utf8");
    expect(
      parse(text).map((f) => `${f.id} (${f.kind === "statement" ? f.sentence.kind : f.kind})`),
    ).toEqual([
      "avanserte-tjenester-endring (change)",
      "manuelle-operasjoner-kommune (level)",
      "interne-prosesser-gap (gap)",
      "kompetanse (level)",
      "markedssamarbeid (scale-mean)",
      "endringer-signifikante (significant-changes)",
      "sektorforskjeller (largest-gaps)",
    ]);
  });
});

describe("template errors in findings.yaml (exit code 3, at the offending node)", () => {
  it("TEMPLATE_FINDINGS_SYNTAX: text with ': ' that is not in quotes", () => {
    expect(
      errorOf(yaml(...level.slice(0, 4), "    text: Samarbeidet er {grad}: på en skala")),
    ).toBe(
      'templates/findings.yaml:6:11 TEMPLATE_FINDINGS_SYNTAX: findings.yaml is not valid YAML: Nested mappings are not allowed in compact mappings. Indent each finding as in the examples at the top of the file, and put text with ":" or "{" in double quotes or after ">-".',
    );
  });

  it("TEMPLATE_FINDINGS_INVALID: no list under findings", () => {
    expect(errorOf("funn:\n  - id: x\n")).toBe(
      'templates/findings.yaml:1:1 TEMPLATE_FINDINGS_INVALID: findings.yaml must hold a list under "findings:", one entry per finding starting with "- id:".',
    );
  });

  it("TEMPLATE_FINDINGS_INVALID: a required key is missing", () => {
    expect(errorOf(yaml(...level.slice(0, 4)))).toBe(
      'templates/findings.yaml:2:5 TEMPLATE_FINDINGS_INVALID: finding "kompetanse" has no "text": add it, e.g. text: "{Andel} baserer seg …".',
    );
  });

  it("TEMPLATE_FINDINGS_INVALID: an unknown key, with the keys the kind has", () => {
    expect(
      errorOf(
        yaml(...level.slice(0, 2), "    indikator: kompetanse-tilstrekkelig", ...level.slice(3)),
      ),
    ).toBe(
      'templates/findings.yaml:4:5 TEMPLATE_FINDINGS_INVALID: finding "kompetanse" (level) has no key "indikator". Keys it can have: id, kind, indicator, group, title, text, then.',
    );
  });

  it("TEMPLATE_FINDINGS_INVALID: an id that report.md cannot refer to", () => {
    expect(errorOf(yaml("  - id: Kompetanse 2020", ...level.slice(1)))).toBe(
      'templates/findings.yaml:2:9 TEMPLATE_FINDINGS_INVALID: finding id "Kompetanse 2020" may hold only lower-case letters, digits and "-", like "kompetanse-stat".',
    );
  });

  it("TEMPLATE_FINDINGS_INVALID: a list where text belongs", () => {
    expect(errorOf(yaml(...level.slice(0, 4), "    text: [a, b]"))).toBe(
      'templates/findings.yaml:6:11 TEMPLATE_FINDINGS_INVALID: "text" must be text; put it in double quotes if it starts with "{" or holds ": ".',
    );
  });

  it("TEMPLATE_FINDINGS_INVALID: variants that leave a state out", () => {
    expect(
      errorOf(yaml(...level.slice(0, 3), "    title: { majority: Flertallet }", level[4]!)),
    ).toBe(
      'templates/findings.yaml:5:12 TEMPLATE_FINDINGS_INVALID: the title of a level finding gives variants but not "minority": give all of majority, minority, or one text for all.',
    );
  });

  it("TEMPLATE_FINDINGS_INVALID: a variant the kind does not have", () => {
    expect(
      errorOf(
        yaml(...level.slice(0, 3), "    title: { majority: A, minority: B, rise: C }", level[4]!),
      ),
    ).toBe(
      'templates/findings.yaml:5:40 TEMPLATE_FINDINGS_INVALID: a level finding has no variant "rise". Its variants: majority, minority.',
    );
  });

  it("TEMPLATE_FINDINGS_INVALID: variants for a kind with one wording", () => {
    expect(
      errorOf(
        yaml(
          "  - id: barrierer",
          "    kind: most-named",
          "    question: barrierer",
          "    title: { majority: A, minority: B }",
          '    text: "{option}."',
        ),
      ),
    ).toBe(
      "templates/findings.yaml:5:12 TEMPLATE_FINDINGS_INVALID: a most-named finding has one wording, not variants: write the text itself (variants are for change: rise, fall, uncertain; gap: significant, uncertain; level: majority, minority).",
    );
  });

  it("TEMPLATE_FINDINGS_INVALID: wording for a list kind, whose wording is in code", () => {
    expect(
      errorOf(yaml("  - id: endringer", "    kind: significant-changes", "    title: Endringer")),
    ).toBe(
      'templates/findings.yaml:4:5 TEMPLATE_FINDINGS_INVALID: the wording of a significant-changes finding is written by the build (it is a generic list); remove "title".',
    );
  });

  it("TEMPLATE_FINDINGS_INVALID: a title in a then sentence", () => {
    expect(
      errorOf(
        yaml(
          ...level,
          "    then:",
          "      - kind: most-named",
          "        question: barrierer",
          "        title: Barrierer",
          '        text: "{option}."',
        ),
      ),
    ).toBe(
      'templates/findings.yaml:10:9 TEMPLATE_FINDINGS_INVALID: a sentence under "then:" has no title (the finding\'s title is the first sentence\'s); remove "title".',
    );
  });

  it("TEMPLATE_FINDINGS_INVALID: when on a kind other than most-named", () => {
    expect(errorOf(yaml(...level, "    when: kompetanse"))).toBe(
      'templates/findings.yaml:7:5 TEMPLATE_FINDINGS_INVALID: "when" belongs to a most-named sentence; remove it.',
    );
  });

  it("TEMPLATE_FINDINGS_INVALID: named outside 1–10", () => {
    expect(
      errorOf(yaml("  - id: endringer", "    kind: significant-changes", "    named: 0")),
    ).toBe(
      'templates/findings.yaml:4:12 TEMPLATE_FINDINGS_INVALID: "named" must be a whole number from 1 to 10.',
    );
  });

  it("TEMPLATE_FINDINGS_INVALID: scale words without middle", () => {
    expect(
      errorOf(
        yaml(
          "  - id: marked",
          "    kind: scale-mean",
          "    indicator: markedssamarbeid",
          "    groups: [stat]",
          "    words: { low: lav, high: høy }",
          "    title: Marked",
          '    text: "Samarbeidet er {grad}."',
        ),
      ),
    ).toBe(
      'templates/findings.yaml:6:12 TEMPLATE_FINDINGS_INVALID: "words" of a scale-mean finding needs "middle": give low, middle and high, e.g. words: { low: begrenset, middle: moderat, high: omfattende }.',
    );
  });

  it("TEMPLATE_FINDING_DUPLICATE: two findings with one id", () => {
    expect(errorOf(yaml(...level, ...level))).toBe(
      'templates/findings.yaml:7:9 TEMPLATE_FINDING_DUPLICATE: finding id "kompetanse" is used twice; give each finding its own id (the report refers to it as {{ finding "kompetanse" }}).',
    );
  });

  it("TEMPLATE_FINDING_DUPLICATE: largest_id that is another finding's id", () => {
    expect(
      errorOf(
        yaml(
          ...level,
          "  - id: endringer",
          "    kind: significant-changes",
          "    largest_id: kompetanse",
        ),
      ),
    ).toBe(
      'templates/findings.yaml:9:17 TEMPLATE_FINDING_DUPLICATE: finding id "kompetanse" is used twice; give each finding its own id (the report refers to it as {{ finding "kompetanse" }}).',
    );
  });

  it("TEMPLATE_FINDING_KIND_UNKNOWN", () => {
    expect(errorOf(yaml(level[0]!, "    kind: nivå", ...level.slice(2)))).toBe(
      'templates/findings.yaml:3:11 TEMPLATE_FINDING_KIND_UNKNOWN: unknown kind "nivå". Known kinds: change, level, gap, most-named, scale-mean, significant-changes, largest-gaps.',
    );
  });

  it("TEMPLATE_FINDING_KIND_UNKNOWN: a list kind under then", () => {
    expect(
      errorOf(yaml(...level, "    then:", "      - kind: largest-gaps", '        text: "x"')),
    ).toBe(
      'templates/findings.yaml:8:15 TEMPLATE_FINDING_KIND_UNKNOWN: a sentence under "then:" cannot be of kind "largest-gaps", a finding of its own. Kinds of a sentence: change, level, gap, most-named, scale-mean.',
    );
  });

  it("TEMPLATE_FINDING_INDICATOR_UNKNOWN", () => {
    expect(
      errorOf(yaml(...level.slice(0, 2), "    indicator: kompetanse", ...level.slice(3))),
    ).toBe(
      'templates/findings.yaml:4:16 TEMPLATE_FINDING_INDICATOR_UNKNOWN: unknown indicator "kompetanse". Known indicator ids: avanserte-tjenester, interne-prosesser-digitalisert, manuelle-operasjoner, kompetanse-tilstrekkelig, markedssamarbeid, markedssamarbeid-stor-grad, datadeling-sjelden, gjenbruk-data, fellesloesninger, sammenhengende-tjenester, strategi, ledelse-involvert, gevinst-kostnader, gevinst-bemanning, gevinst-raskere, gevinst-kvalitet, barriere-kompetanse, barriere-kapasitet, barriere-finansiering, barriere-regelverk, barriere-standardloesninger, barriere-forankring, it-budsjett-andel, korona-raskere, digital-modenhet, digital-modenhet-tjenester, digital-modenhet-interne-prosesser, digital-modenhet-kompetanse-ledelse, digital-modenhet-data-samarbeid.',
    );
  });

  it("TEMPLATE_FINDING_INDICATOR_MEASURE: a change of a mean", () => {
    expect(
      errorOf(
        yaml(
          "  - id: marked",
          "    kind: change",
          "    indicator: markedssamarbeid",
          "    title: Marked",
          '    text: "Snittet {endring}."',
        ),
      ),
    ).toBe(
      'templates/findings.yaml:4:16 TEMPLATE_FINDING_INDICATOR_MEASURE: a change finding needs a share indicator, and "markedssamarbeid" is not one. Indicators that fit: avanserte-tjenester, interne-prosesser-digitalisert, manuelle-operasjoner, kompetanse-tilstrekkelig, markedssamarbeid-stor-grad, datadeling-sjelden, gjenbruk-data, fellesloesninger, sammenhengende-tjenester, strategi, ledelse-involvert, gevinst-kostnader, gevinst-bemanning, gevinst-raskere, gevinst-kvalitet, barriere-kompetanse, barriere-kapasitet, barriere-finansiering, barriere-regelverk, barriere-standardloesninger, barriere-forankring, korona-raskere.',
    );
  });

  it("TEMPLATE_FINDING_INDICATOR_MEASURE: a scale-mean of a mean that is not on a scale", () => {
    expect(
      errorOf(
        yaml(
          "  - id: budsjett",
          "    kind: scale-mean",
          "    indicator: it-budsjett-andel",
          "    groups: [stat]",
          "    words: { low: lav, middle: middels, high: høy }",
          "    title: Budsjett",
          '    text: "{grad}."',
        ),
      ),
    ).toBe(
      'templates/findings.yaml:4:16 TEMPLATE_FINDING_INDICATOR_MEASURE: a scale-mean finding needs a mean on an answer scale (unit scale-1-5), and "it-budsjett-andel" is not one. Indicators that fit: markedssamarbeid.',
    );
  });

  it("TEMPLATE_FINDING_GROUP_UNKNOWN", () => {
    expect(errorOf(yaml(...level.slice(0, 3), "    group: kommuner", ...level.slice(3)))).toBe(
      'templates/findings.yaml:5:12 TEMPLATE_FINDING_GROUP_UNKNOWN: unknown group "kommuner". Known groups: alle, stat, kommune, fylkeskommune, kommune-<5k, kommune-5-20k, kommune-20-50k, kommune->50k.',
    );
  });

  it("TEMPLATE_FINDING_GROUPS_INVALID: a gap needs two different sectors", () => {
    expect(
      errorOf(
        yaml(
          "  - id: gap",
          "    kind: gap",
          "    indicator: interne-prosesser-digitalisert",
          "    groups: [kommune, kommune-<5k]",
          "    title: Gap",
          '    text: "En forskjell på {forskjell}"',
        ),
      ),
    ).toBe(
      "templates/findings.yaml:5:13 TEMPLATE_FINDING_GROUPS_INVALID: a gap compares two different sectors, sampled independently (stat, kommune, fylkeskommune); got kommune, kommune-<5k. Write e.g. groups: [stat, kommune].",
    );
  });

  it("TEMPLATE_FINDING_QUESTION_UNKNOWN: most-named of a question that is not multi-choice", () => {
    expect(
      errorOf(
        yaml(
          "  - id: barrierer",
          "    kind: most-named",
          "    question: kompetanse",
          "    title: B",
          '    text: "{option}."',
        ),
      ),
    ).toBe(
      'templates/findings.yaml:4:15 TEMPLATE_FINDING_QUESTION_UNKNOWN: "kompetanse" is not a multi-choice question with indicators. Questions a most-named finding can use: barrierer, gevinster.',
    );
  });

  it("TEMPLATE_FINDING_OPTION_UNKNOWN: when names no option with an indicator", () => {
    expect(
      errorOf(
        yaml(
          "  - id: barrierer",
          "    kind: most-named",
          "    question: barrierer",
          "    when: penger",
          "    title: B",
          '    text: "{option}."',
        ),
      ),
    ).toBe(
      'templates/findings.yaml:5:11 TEMPLATE_FINDING_OPTION_UNKNOWN: "barrierer" has no option "penger" with an indicator. Options: kompetanse, kapasitet, finansiering, regelverk, standardloesninger, forankring.',
    );
  });

  it("TEMPLATE_FINDING_PLACEHOLDER_UNKNOWN: with the placeholders the kind has", () => {
    expect(errorOf(yaml(...level.slice(0, 4), '    text: "{prosent} av lederne."'))).toBe(
      "templates/findings.yaml:6:11 TEMPLATE_FINDING_PLACEHOLDER_UNKNOWN: unknown placeholder {prosent} in a level finding. Placeholders here: {andel}, {år}, and a group id ({alle}, {stat}, {kommune}, {fylkeskommune}, …); write one with a capital first letter ({Andel}) to capitalise its value.",
    );
  });

  it("TEMPLATE_FINDING_PLACEHOLDER_MALFORMED: an unclosed brace", () => {
    expect(errorOf(yaml(...level.slice(0, 4), '    text: "{alle av lederne."'))).toBe(
      'templates/findings.yaml:6:11 TEMPLATE_FINDING_PLACEHOLDER_MALFORMED: unbalanced "{" or "}" in "{alle av lederne.": write a placeholder as {name}, with nothing but its name between the braces.',
    );
  });

  it("TEMPLATE_FINDING_PLACEHOLDER_MISSING: a change without {endring}", () => {
    expect(
      errorOf(
        yaml(
          "  - id: tjenester",
          "    kind: change",
          "    indicator: avanserte-tjenester",
          "    title: Tjenester",
          '    text: "Andelen er {alle}."',
        ),
      ),
    ).toBe(
      "templates/findings.yaml:6:11 TEMPLATE_FINDING_PLACEHOLDER_MISSING: the text of a change finding must contain {endring}: it words the change, a rise or a fall only when it is significant.",
    );
  });

  it("TEMPLATE_FINDING_SIGNIFICANCE_WORDING: a change's text that tells a rise in its own words", () => {
    expect(
      errorOf(
        yaml(
          "  - id: tjenester",
          "    kind: change",
          "    indicator: avanserte-tjenester",
          "    title: Tjenester",
          '    text: "Andelen økte: den {endring}."',
        ),
      ),
    ).toBe(
      'templates/findings.yaml:6:11 TEMPLATE_FINDING_SIGNIFICANCE_WORDING: the text of a change finding says "økte" in its own words, but only the build may call a change a rise or a fall (when p < 0,05): write {endring} and let the build word the change.',
    );
  });

  it("TEMPLATE_FINDING_SIGNIFICANCE_WORDING: one title for every case that says 'Flere'", () => {
    expect(
      errorOf(
        yaml(
          "  - id: tjenester",
          "    kind: change",
          "    indicator: avanserte-tjenester",
          "    title: Flere tilbyr avanserte tjenester",
          '    text: "Andelen {endring}."',
        ),
      ),
    ).toBe(
      'templates/findings.yaml:5:12 TEMPLATE_FINDING_SIGNIFICANCE_WORDING: the title of a change finding says "Flere", but one title is used whether or not the change is significant: give the title as variants rise, fall and uncertain, and say rise only in "rise" and fall only in "fall".',
    );
  });

  it("TEMPLATE_FINDING_SIGNIFICANCE_WORDING: a fall in the rise title", () => {
    expect(
      errorOf(
        yaml(
          "  - id: tjenester",
          "    kind: change",
          "    indicator: avanserte-tjenester",
          "    title: { rise: Færre tilbyr, fall: Færre, uncertain: Tjenester }",
          '    text: "Andelen {endring}."',
        ),
      ),
    ).toBe(
      'templates/findings.yaml:5:20 TEMPLATE_FINDING_SIGNIFICANCE_WORDING: the "rise" title of a change finding says "Færre": say rise only in the "rise" variant and fall only in the "fall" variant; "uncertain" says neither.',
    );
  });

  it("TEMPLATE_FINDING_SIGNIFICANCE_WORDING: a gap's text that speaks of significance", () => {
    expect(
      errorOf(
        yaml(
          "  - id: gap",
          "    kind: gap",
          "    indicator: interne-prosesser-digitalisert",
          "    groups: [stat, kommune]",
          "    title: Gap",
          '    text: "En signifikant forskjell på {forskjell}"',
        ),
      ),
    ).toBe(
      'templates/findings.yaml:7:11 TEMPLATE_FINDING_SIGNIFICANCE_WORDING: the text of a gap finding says "signifikant", but the build ends the sentence by saying whether the gap is within the statistical uncertainty: remove "signifikant".',
    );
  });

  it("TEMPLATE_FINDING_SIGNIFICANCE_WORDING: a gap's text that ends the sentence itself", () => {
    expect(
      errorOf(
        yaml(
          "  - id: gap",
          "    kind: gap",
          "    indicator: interne-prosesser-digitalisert",
          "    groups: [stat, kommune]",
          "    title: Gap",
          '    text: "En forskjell på {forskjell}."',
        ),
      ),
    ).toBe(
      'templates/findings.yaml:7:11 TEMPLATE_FINDING_SIGNIFICANCE_WORDING: the text of a gap finding must not end with "." or other punctuation: the build ends it with "." or ", som er innenfor den statistiske usikkerheten." depending on significance.',
    );
  });
});
