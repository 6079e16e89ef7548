import { describe, expect, test } from "vitest";
import { isValidOrgnr, orgnrCheckDigit } from "./orgnr.js";

describe("orgnr", () => {
  test("real organisation numbers pass the mod-11 check", () => {
    for (const orgnr of ["974760673", "840098222", "938712441", "944588132"])
      expect(isValidOrgnr(orgnr)).toBe(true);
  });

  test("a changed last digit fails", () => {
    expect(isValidOrgnr("974760674")).toBe(false);
  });

  test("r = 11 gives check digit 0", () => {
    // sum 0 → r = 11 − 0 = 11 → 0
    expect(orgnrCheckDigit("00000000")).toBe(0);
    expect(isValidOrgnr("000000000")).toBe(true);
  });

  test("r = 10 means no valid number exists for those eight digits", () => {
    // last weight 2: "00000006" sums to 12 ≡ 1 (mod 11) → r = 10
    expect(orgnrCheckDigit("00000006")).toBeUndefined();
    for (let d = 0; d <= 9; d++) expect(isValidOrgnr(`00000006${d}`)).toBe(false);
  });

  test("anything but nine digits is invalid", () => {
    expect(isValidOrgnr("97476067")).toBe(false);
    expect(isValidOrgnr("974 760 673")).toBe(false);
    expect(isValidOrgnr("")).toBe(false);
  });
});
