import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indicator, tinyIndicators } from "../testdata/composite-framework.js";
import { compositeDefinitions, parseCompositeFramework } from "./composite-framework.js";
import { indicatorAskedIn, type IndicatorDefinition } from "./indicator-definitions.js";
import { parseIndicatorDefinitions } from "./indicator-definitions.js";
import { parseQuestionnaire } from "./questions.js";

const definitions = Object.values(tinyIndicators);

const yaml = (dimensions: string, extra = "") => `
id: tiny-index
label: Tiny
dimension_label: Tiny
first_year: 2016
${extra}
dimensions:
${dimensions}
sensitivity: { seed: 1, draws: 10, weight_noise: 0.25 }
`;

const oneDimension = `
  - id: one
    label: One
    indicators:
      - { indicator: a, direction: positive }
      - { indicator: b, direction: negative, bounds: [1, 5] }
`;

const message = (text: string) => {
  try {
    parseCompositeFramework(text, definitions, "templates/index.yaml");
  } catch (error) {
    return String((error as Error).message);
  }
  return "no error";
};

describe("parseCompositeFramework", () => {
  it("reads dimensions with equal weights, all items required and all dimensions by default", () => {
    const framework = parseCompositeFramework(yaml(oneDimension), definitions);
    const [one] = framework.dimensions;
    expect(one?.weight).toBe(1);
    expect(one?.minItems).toBe(2);
    expect(framework.minDimensions).toBe(1);
    expect(framework.aggregation).toEqual({ items: "arithmetic", dimensions: "arithmetic" });
    expect(one?.items.map((i) => [i.indicator.id, i.direction, i.weight, i.bounds])).toEqual([
      ["a", "positive", 1, [0, 1]],
      ["b", "negative", 1, [1, 5]],
    ]);
  });

  it("asks for the bounds of a mean, so that every year is normalised alike", () => {
    expect(
      message(
        yaml(`
  - id: one
    label: One
    indicators: [{ indicator: b, direction: positive }]`),
      ),
    ).toBe(
      'indicator "b" is a mean: write its bounds, the ends of its scale (e.g. bounds: [1, 5]), so that every year is normalised alike.',
    );
  });

  it("stops at an unknown indicator, one used twice, or a minimum above what there is", () => {
    expect(
      message(
        yaml(`
  - id: one
    label: One
    indicators: [{ indicator: x, direction: positive }]`),
      ),
    ).toBe('dimension "one" names unknown indicator "x"; use an id of indicators.yaml.');
    expect(
      message(
        yaml(`
  - id: one
    label: One
    indicators: [{ indicator: a, direction: positive }, { indicator: a, direction: positive }]`),
      ),
    ).toBe('indicator "a" is in the index twice; keep it in one dimension.');
    expect(message(yaml(oneDimension, "min_dimensions: 2"))).toBe(
      "min_dimensions 2 is more than the 1 dimensions.",
    );
  });

  it("stops at an indicator that starts after the index", () => {
    const late = [...definitions, indicator("late", "ql", "share", 2019)];
    expect(() =>
      parseCompositeFramework(
        yaml(`
  - id: one
    label: One
    indicators: [{ indicator: late, direction: positive }]`),
        late,
      ),
    ).toThrow(
      'indicator "late" starts in 2019, after the index\'s first_year 2016; raise first_year or choose another indicator.',
    );
  });
});

describe("templates/index.yaml", () => {
  const questionnaire = parseQuestionnaire(readFileSync("templates/questions.yaml", "utf8"));
  const single = parseIndicatorDefinitions(
    readFileSync("templates/indicators.yaml", "utf8"),
    questionnaire,
  );
  const framework = parseCompositeFramework(readFileSync("templates/index.yaml", "utf8"), single);
  const [index, ...dimensions] = compositeDefinitions(framework) as [
    IndicatorDefinition,
    ...IndicatorDefinition[],
  ];

  it("has four dimensions of equal weight, with datadeling-sjelden counting negatively", () => {
    expect(framework.dimensions.map((d) => [d.id, d.weight])).toEqual([
      ["tjenester", 1],
      ["interne-prosesser", 1],
      ["kompetanse-ledelse", 1],
      ["data-samarbeid", 1],
    ]);
    const items = framework.dimensions.flatMap((d) => d.items);
    expect(items.find((i) => i.indicator.id === "datadeling-sjelden")?.direction).toBe("negative");
    expect(items.every((i) => i.indicator.firstYear <= 2016)).toBe(true);
  });

  it("is the indicator digital-modenhet, a mean on 0–100 that exists from 2016", () => {
    expect(index.id).toBe("digital-modenhet");
    expect(index.measure).toBe("mean");
    expect(indicatorAskedIn(index, 2015)).toBe(false);
    expect(indicatorAskedIn(index, 2016)).toBe(true);
    expect(indicatorAskedIn(index, 2020)).toBe(true);
  });

  it("has each dimension as an indicator digital-modenhet-<dimension>", () => {
    expect(dimensions.map((d) => d.id)).toEqual([
      "digital-modenhet-tjenester",
      "digital-modenhet-interne-prosesser",
      "digital-modenhet-kompetanse-ledelse",
      "digital-modenhet-data-samarbeid",
    ]);
    expect(dimensions[0]!.label).toBe("Digital modenhet: Tjenester");
  });
});
