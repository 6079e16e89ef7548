import { describe, expect, it } from "vitest";
import {
  capitalise,
  fillTemplateText,
  literalText,
  parseTemplateText,
  placeholdersOf,
} from "./template-text.js";

const fill = (text: string, values: Record<string, string>) =>
  fillTemplateText(parseTemplateText(text) ?? [], new Map(Object.entries(values)));

describe("parseTemplateText", () => {
  it("splits text into literal parts and placeholders", () => {
    expect(parseTemplateText("mot {stat} av de statlige")).toEqual([
      { literal: "mot " },
      { placeholder: "stat", capitalised: false },
      { literal: " av de statlige" },
    ]);
  });

  it("takes group ids with '<', '>' and '-' as placeholder names", () => {
    expect(placeholdersOf(parseTemplateText("{kommune-<5k} og {kommune->50k}") ?? [])).toEqual([
      "kommune-<5k",
      "kommune->50k",
    ]);
  });

  it("reads a capital first letter as 'capitalise the value', with the name in lower case", () => {
    expect(parseTemplateText("{Andel} baserer seg")?.[0]).toEqual({
      placeholder: "andel",
      capitalised: true,
    });
  });

  it("is undefined for an unbalanced brace or an empty placeholder", () => {
    for (const text of ["{andel", "andel}", "{}", "{ andel }", "{{andel}}", "}{andel}"])
      expect(parseTemplateText(text), text).toBeUndefined();
  });

  it("lists each placeholder once, in order", () => {
    expect(placeholdersOf(parseTemplateText("{stat}, {kommune} og {Stat}") ?? [])).toEqual([
      "stat",
      "kommune",
    ]);
  });

  it("keeps the analyst's own words apart from the placeholders", () => {
    expect(literalText(parseTemplateText("Andelen {endring}.") ?? [])).toBe("Andelen  .");
  });
});

describe("fillTemplateText", () => {
  it("puts each value in place of its placeholder", () => {
    expect(
      fill("{stat} i staten og {kommune} i kommunene", { stat: "46 %", kommune: "28 %" }),
    ).toBe("46 % i staten og 28 % i kommunene");
  });

  it("capitalises the value of a placeholder written with a capital first letter", () => {
    expect(fill("{Andel} baserer seg", { andel: "seks av ti kommuner (63 %)" })).toBe(
      "Seks av ti kommuner (63 %) baserer seg",
    );
    expect(fill("{Grad} samarbeid", { grad: "moderat" })).toBe("Moderat samarbeid");
  });

  it("leaves a value starting with a digit as it is", () => {
    expect(fill("{Kommune} av kommunene", { kommune: "28 %" })).toBe("28 % av kommunene");
  });

  it("is undefined when a placeholder has no value", () => {
    expect(fill("{stat} og {kommune}", { stat: "46 %" })).toBeUndefined();
  });
});

describe("capitalise", () => {
  it("capitalises the first letter only", () => expect(capitalise("staten er")).toBe("Staten er"));
  it("leaves the empty text empty", () => expect(capitalise("")).toBe(""));
});
