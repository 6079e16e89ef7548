import { describe, expect, test } from "vitest";
import { parseBinary, parseCode, parseDecimal } from "./cells.js";

describe("parseDecimal", () => {
  test("the decimal comma of the ; and tab dialects: 1,5 is 1.5, never 15", () => {
    expect(parseDecimal("1,5", ",", "k")).toEqual({ ok: true, value: 1.5 });
    expect(parseDecimal(" 12 ", ",", "k")).toEqual({ ok: true, value: 12 });
    expect(parseDecimal("-0,25", ",", "k")).toEqual({ ok: true, value: -0.25 });
  });

  test("the decimal point of the , dialect", () => {
    expect(parseDecimal("1.5", ".", "k")).toEqual({ ok: true, value: 1.5 });
  });

  test("a decimal comma where the dialect uses . is a cell reject, not 15", () => {
    expect(parseDecimal("1,5", ".", "it_budsjett_andel")).toEqual({
      ok: false,
      code: "CELL_DECIMAL_SEPARATOR",
      message:
        'The value "1,5" of "it_budsjett_andel" uses a separator this file does not declare (decimal separator ".", no thousands separator); the answer was blanked. Export again without thousands separators, with "." as decimal separator.',
    });
  });

  test("thousands separators are refused in both dialects", () => {
    expect(parseDecimal("1 234,5", ",", "k")).toMatchObject({ code: "CELL_DECIMAL_SEPARATOR" });
    expect(parseDecimal("1,234.5", ".", "k")).toMatchObject({ code: "CELL_DECIMAL_SEPARATOR" });
  });

  test("text is CELL_NUMBER_INVALID; blank is missing", () => {
    expect(parseDecimal("ca. 5", ",", "k")).toMatchObject({ code: "CELL_NUMBER_INVALID" });
    expect(parseDecimal("", ",", "k")).toEqual({ ok: true, value: null });
  });
});

describe("parseCode", () => {
  const scheme = {
    key: "tjenesteniva",
    codes: new Map([
      [1, "Informasjon"],
      [2, "Enkel digital tjeneste"],
      [3, "Avansert individuell tjeneste"],
      [9, "Vet ikke"],
    ]),
    labelCodes: new Map([
      ["informasjon", 1],
      ["vet ikke", 9],
    ]),
  };

  test("a code of the question, including its 'vet ikke' code, is kept", () => {
    expect(parseCode("3", scheme)).toEqual({ ok: true, value: 3 });
    expect(parseCode("9", scheme)).toEqual({ ok: true, value: 9 });
  });

  test("a code outside the question's codes is CELL_CODE_OUT_OF_RANGE", () => {
    expect(parseCode("4", scheme)).toEqual({
      ok: false,
      code: "CELL_CODE_OUT_OF_RANGE",
      message:
        'The code 4 is not a category of "tjenesteniva" (valid: 1, 2, 3, 9); the answer was blanked. Correct the export or add the code to templates/questions.yaml.',
    });
  });

  test("a label is recognised (any case) and reported as CELL_LABEL_NOT_CODE", () => {
    expect(parseCode("Vet ikke", scheme)).toMatchObject({ code: "CELL_LABEL_NOT_CODE" });
  });

  test("other text is CELL_NOT_A_CODE", () => {
    expect(parseCode("3,0", scheme)).toMatchObject({ code: "CELL_NOT_A_CODE" });
  });
});

describe("parseBinary", () => {
  test("0, 1 and blank are the only values of a multi-choice cell", () => {
    expect(parseBinary("1", "m_5_1")).toEqual({ ok: true, value: 1 });
    expect(parseBinary("0", "m_5_1")).toEqual({ ok: true, value: 0 });
    expect(parseBinary("", "m_5_1")).toEqual({ ok: true, value: null });
    expect(parseBinary("2", "m_5_1")).toMatchObject({ code: "CELL_MULTI_NOT_BINARY" });
  });
});
