import { describe, expect, it } from "vitest";
import { ItipError } from "../../errors.js";
import { testReportInput } from "../../testdata/report/test-input.js";
import { indexEstimates, inlineValue, type InlineDirective } from "./inline-value.js";

const input = testReportInput();
const index = indexEstimates(2020, input.definitions, input.estimates);
const at = { file: "report.md", line: 7, column: 3 };
const ref = { id: "avanserte-tjenester", group: undefined, year: undefined };

const value = (directive: InlineDirective) => inlineValue(directive, index, at);

describe("inlineValue", () => {
  it("formats a share as percent with a non-breaking space, for the report year and all", () => {
    expect(value({ kind: "indicator", ...ref, format: undefined, digits: undefined })).toBe(
      "33\u00a0%",
    );
  });

  it("reads change_pp as percentage points and change_rel as relative percent", () => {
    expect(value({ kind: "change", ...ref, unit: "pp", digits: undefined })).toBe("+6\u00a0pp");
    expect(value({ kind: "change", ...ref, unit: "rel", digits: undefined })).toBe("+23\u00a0%");
  });

  it("gives the base n of a group and year", () => {
    expect(value({ kind: "n", ...ref, group: "kommune", year: 2019 })).toBe("150");
  });

  it("formats a mean with a decimal comma and refuses percent formats for it", () => {
    const mean = {
      kind: "indicator" as const,
      id: "markedssamarbeid",
      group: undefined,
      year: undefined,
      digits: undefined,
    };
    expect(value({ ...mean, format: undefined })).toBe("2,9");
    expect(() => value({ ...mean, format: "pct" })).toThrow(
      'format "pct" needs a share indicator, but "markedssamarbeid" is a mean: use format="number".',
    );
  });

  it("rejects unknown indicators, groups and years with the known ones listed", () => {
    const fail = (d: InlineDirective) => {
      try {
        value(d);
      } catch (e) {
        if (e instanceof ItipError) return `${e.code}: ${e.message}`;
      }
      return "no error";
    };
    const base = { kind: "indicator" as const, format: undefined, digits: undefined };
    expect(fail({ ...base, ...ref, id: "avanserte" })).toMatch(
      /^TEMPLATE_INDICATOR_UNKNOWN: unknown indicator "avanserte"\. Known indicator ids: avanserte-tjenester, markedssamarbeid, lang-01, .*, lang-60\.$/,
    );
    expect(fail({ ...base, ...ref, group: "kommuner" })).toBe(
      'TEMPLATE_GROUP_UNKNOWN: unknown group "kommuner". Known groups: alle, stat, kommune, fylkeskommune, kommune-<5k, kommune-5-20k, kommune-20-50k, kommune->50k.',
    );
    expect(fail({ ...base, ...ref, year: 2018 })).toBe(
      'TEMPLATE_ESTIMATE_MISSING: no estimate of "avanserte-tjenester" for group "alle" in 2018. Years with estimates: 2019, 2020. If the sentence belongs only to years that have it, put it inside {{ needs indicators="avanserte-tjenester" }} … {{ end }}.',
    );
  });
});
