import { describe, expect, it } from "vitest";
import { stringify } from "csv-stringify/sync";
import { toCsv } from "./csv.js";
import { resolveInside } from "./output-path.js";

describe("toCsv", () => {
  it("escapes text that a spreadsheet would run as a formula", () => {
    expect(toCsv(["x"], [["=HYPERLINK(1)"], ["+1"], ["-2"], ["@SUM(A1)"]])).toBe(
      "x\n'=HYPERLINK(1)\n'+1\n'-2\n'@SUM(A1)\n",
    );
  });
  it("never escapes numbers, and keeps full precision for reproduction in R", () => {
    expect(toCsv(["x"], [[-2.5], [0.1 + 0.2]])).toBe("x\n-2.5\n0.30000000000000004\n");
  });
  it("writes null as an empty cell and booleans as true/false", () => {
    expect(toCsv(["a", "b"], [[null, true]])).toBe("a,b\n,true\n");
  });
  it("quotes commas, quotes and line breaks", () => {
    expect(toCsv(["x"], [['si "hei", da\nsa']])).toBe('x\n"si ""hei"", da\nsa"\n');
  });
  it("quotes a cell holding a carriage return, which readers take for a line break", () => {
    expect(toCsv(["x"], [["a\rb"], ["\r1"]])).toBe('x\n"a\rb"\n"\'\r1"\n');
  });
  it("writes what csv-stringify with escape_formulas writes (cells without a lone CR)", () => {
    const texts = [
      "",
      " ",
      "a",
      "-",
      "-1",
      "=1",
      "+",
      "@x",
      "\t1",
      "\rx,y",
      "a\nb",
      '"',
      '""',
      "a,b",
      '=a,"b"',
      "\uFF1D1",
      "\uFF0B",
      "\uFF0Dx",
      "\uFF20",
      "'=1",
      "æøå;",
      "1,5",
      "\u2212",
    ];
    const numbers = [0, -0, -2.5, 1e21, 1e-7, NaN, Infinity, -Infinity, 0.1 + 0.2];
    const cells = [...texts, ...numbers, true, false, null, undefined];
    const rows = cells.map((cell, i) => [cell, cells[(i * 7) % cells.length], i]);
    const expected = stringify([["h", "=h", "h,"], ...rows], {
      escape_formulas: true,
      record_delimiter: "\n",
      cast: { boolean: (value) => (value ? "true" : "false") },
    });
    expect(toCsv(["h", "=h", "h,"], rows)).toBe(expected);
  });
});

describe("resolveInside", () => {
  it("keeps a name inside the output folder", () => {
    expect(resolveInside("/out/2020", "charts/a.svg")).toBe("/out/2020/charts/a.svg");
  });
  it("refuses a name that climbs out of the output folder", () => {
    expect(() => resolveInside("/out/2020", "../../etc/passwd")).toThrow(/outside/);
  });
  it("refuses an absolute name", () => {
    expect(() => resolveInside("/out/2020", "/etc/passwd")).toThrow(/outside/);
  });
  it("refuses a sibling folder that only shares the prefix", () => {
    expect(() => resolveInside("/out/2020", "../2020-x/a.pdf")).toThrow(/outside/);
  });
});
