import { describe, expect, test } from "vitest";
import { readRecords, readTable } from "./read-table.js";
import { caught } from "./test-helpers.js";

const read = (text: string, delimiter: ";" | "," | "\t" = ";") =>
  readTable(text, { file: "t.csv", delimiter });

describe("readTable", () => {
  test("records keep the line they start on, also after a quoted line break", async () => {
    const table = await read('id;tekst\n1;"to\nlinjer"\n2;b\n');
    expect(table.rows).toEqual([
      { line: 2, cells: ["1", "to\nlinjer"] },
      { line: 4, cells: ["2", "b"] },
    ]);
  });

  test("CRLF inside a quoted field does not shift later line numbers", async () => {
    const table = await read('id\ttekst\r\n1\t"to\r\nlinjer"\r\n2\tb\r\n', "\t");
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(table.rows[0]?.cells[1]).toBe("to\nlinjer");
  });

  test("free text with ;, quotes, æøå and a leading = is read as it is", async () => {
    const table = await read('id;tekst\n1;"=SUM(A1); ""sitat"" på blåbær"\n');
    expect(table.rows[0]?.cells[1]).toBe('=SUM(A1); "sitat" på blåbær');
  });

  test("the phantom trailing empty column of the comma export is dropped", async () => {
    const table = await read('a,b,c\n1,2,3,\n4,5,""\n', ",");
    expect(table.rows.map((r) => r.cells)).toEqual([
      ["1", "2", "3"],
      ["4", "5", ""],
    ]);
    expect(table.rejects).toEqual([]);
  });

  test("a ragged row is a ROW_RAGGED reject, and rows read = accepted + rejected", async () => {
    const table = await read("a;b;c\n1;2;3\n1;2\n4;5;6\n");
    expect(table.rejects).toEqual([
      {
        file: "t.csv",
        line: 3,
        column: null,
        code: "ROW_RAGGED",
        message:
          "The row has 2 fields where the header has 3. Check for an unquoted delimiter or line break in a free-text answer.",
        raw: "1;2",
      },
    ]);
    expect(table.rowsRead).toBe(table.rows.length + table.rejects.length);
    expect(table.rowsRead).toBe(3);
  });

  test("a quote inside an unquoted field is read as text, as Excel reads it", async () => {
    const table = await read('a;b\n1;x"y\n2;si "hei" da\n');
    expect(table.rejects).toEqual([]);
    expect(table.rows).toEqual([
      { line: 2, cells: ["1", 'x"y'] },
      { line: 3, cells: ["2", 'si "hei" da'] },
    ]);
  });

  test("a stray quote after a closing quote rejects the row (ROW_MALFORMED), the read goes on", async () => {
    const table = await read('a;b\n1;"x"y"\n2;z\n');
    expect(table.rejects.map((r) => [r.line, r.code, r.raw])).toEqual([
      [2, "ROW_MALFORMED", '1;"x"y"'],
    ]);
    expect(table.rows).toEqual([{ line: 3, cells: ["2", "z"] }]);
    expect(table.rowsRead).toBe(2);
  });

  test("a record with several quote errors is one reject, and the rows after it keep their lines", async () => {
    const table = await read('a;b\n1;"x"y"z"\n2;z\n3;"x"y"\n4;w\n');
    expect(table.rejects.map((r) => [r.line, r.code])).toEqual([
      [2, "ROW_MALFORMED"],
      [4, "ROW_MALFORMED"],
    ]);
    expect(table.rows).toEqual([
      { line: 3, cells: ["2", "z"] },
      { line: 5, cells: ["4", "w"] },
    ]);
    expect(table.rowsRead).toBe(4);
  });

  test("a stray quote that leaves a quote open to the end of the file is INPUT_QUOTE_NOT_CLOSED", async () => {
    expect((await caught(() => read('a;b\n1;"si" hei\n2;z\n'))).format()).toBe(
      "t.csv:2 INPUT_QUOTE_NOT_CLOSED: A quoted field opened here is never closed, so the rest of the file would be read as one value. Close the quote or export the file again.",
    );
  });

  test("trailing blank rows (empty lines or only delimiters) are not records", async () => {
    const table = await read("a;b\n1;2\n;\n\n;\n");
    expect(table.rowsRead).toBe(1);
  });

  test("a quote never closed is INPUT_QUOTE_NOT_CLOSED at the line it opens", async () => {
    const error = await caught(() => read('a;b\n1;2\n3;"open\n4;5\n'));
    expect(error.format()).toBe(
      "t.csv:3 INPUT_QUOTE_NOT_CLOSED: A quoted field opened here is never closed, so the rest of the file would be read as one value. Close the quote or export the file again.",
    );
  });

  test("duplicate header names are INPUT_DUPLICATE_HEADER", async () => {
    const error = await caught(() => read("id;s_1;s_1\n1;2;3\n"));
    expect(error.format()).toBe(
      't.csv:1:3 INPUT_DUPLICATE_HEADER: The column "s_1" appears twice in the header (first in column 2). Rename or remove one of them.',
    );
  });

  test("a header without data rows is INPUT_HEADER_ONLY", async () => {
    expect((await caught(() => read("id;s_1\n"))).code).toBe("INPUT_HEADER_ONLY");
  });

  test("line numbers count a cut-off sep= line", async () => {
    const records = await readRecords("a;b\n1;2\n", { file: "t", delimiter: ";", lineOffset: 1 });
    expect(records.records.map((r) => r.line)).toEqual([2, 3]);
  });
});
