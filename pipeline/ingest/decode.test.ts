import { describe, expect, test } from "vitest";
import { thrown } from "./test-helpers.js";
import { decodeBytes, detectEncoding } from "./decode.js";

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe("decodeBytes", () => {
  test("a UTF-16LE byte order mark means UTF-16LE, and the BOM is not part of the text", () => {
    const decoded = decodeBytes(bytes(0xff, 0xfe, 0x69, 0, 0x64, 0, 0xf8, 0), "f.csv");
    expect(decoded).toEqual({ text: "idø", encoding: "utf-16le" });
  });

  test("a UTF-8 byte order mark means UTF-8 with BOM", () => {
    const decoded = decodeBytes(bytes(0xef, 0xbb, 0xbf, ...ascii("id;"), 0xc3, 0xb8), "f.csv");
    expect(decoded).toEqual({ text: "id;ø", encoding: "utf-8-bom" });
  });

  test("without a BOM, valid UTF-8 is UTF-8", () => {
    expect(decodeBytes(bytes(...ascii("Tr"), 0xc3, 0xb8), "f.csv")).toEqual({
      text: "Trø",
      encoding: "utf-8",
    });
  });

  test("without a BOM, invalid UTF-8 (ø as the single byte 0xF8) is Windows-1252", () => {
    expect(decodeBytes(bytes(...ascii("Tr"), 0xf8, ...ascii("ndelag")), "f.csv")).toEqual({
      text: "Trøndelag",
      encoding: "windows-1252",
    });
  });

  test("Windows-1252 is not latin1: 0x80 is the euro sign and 0x96 an en dash", () => {
    expect(decodeBytes(bytes(0x80, 0x20, 0x96), "f.csv").text).toBe("€ –");
  });

  test("UTF-16 without a BOM (NUL bytes) is refused with INPUT_NUL_BYTES", () => {
    const error = thrown(() => decodeBytes(bytes(0x69, 0, 0x64, 0, 0x0a, 0), "2020/dataset.csv"));
    expect(error.code).toBe("INPUT_NUL_BYTES");
    expect(error.format()).toBe(
      "2020/dataset.csv:1:2 INPUT_NUL_BYTES: The file contains NUL bytes: probably UTF-16 without a byte order mark. Save it as UTF-16LE with BOM, UTF-8 or Windows-1252.",
    );
  });

  test("UTF-8 saved twice (Ã¸ for ø) is refused with INPUT_MOJIBAKE at its line and column", () => {
    const twice = Buffer.from("id;navn\n1;TrÃ¸ndelag\n", "utf8");
    const error = thrown(() => decodeBytes(twice, "2019/dataset.csv"));
    expect(error.format()).toBe(
      '2019/dataset.csv:2:5 INPUT_MOJIBAKE: The text contains "Ã¸" where æ, ø or å belong: the file was probably saved twice as UTF-8. Export it again from SurveyXact instead of re-saving it.',
    );
  });

  test("bytes Windows-1252 leaves undefined are refused with INPUT_UNDECODABLE", () => {
    expect(thrown(() => decodeBytes(bytes(0x41, 0x81), "f.csv")).code).toBe("INPUT_UNDECODABLE");
  });

  test("an explicit encoding overrides detection: UTF-16LE without a BOM reads when declared", () => {
    expect(decodeBytes(bytes(0x69, 0, 0x64, 0, 0xf8, 0), "f.csv", "utf-16le")).toEqual({
      text: "idø",
      encoding: "utf-16le",
    });
  });

  test("a file of only a BOM and blank lines is INPUT_FILE_EMPTY", () => {
    expect(thrown(() => decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x0a), "f.csv")).code).toBe(
      "INPUT_FILE_EMPTY",
    );
  });
});

describe("detectEncoding", () => {
  test("reads the real fixtures' encodings from their bytes", () => {
    expect(detectEncoding(bytes(0xff, 0xfe, 0x76, 0))).toBe("utf-16le");
    expect(detectEncoding(bytes(0x76, 0xe5))).toBe("windows-1252");
    expect(detectEncoding(bytes(0x76))).toBe("utf-8");
  });
});
