import { describe, expect, test } from "vitest";
import { readExport } from "./ingest.js";
import { readsxFiles } from "./test-helpers.js";

describe("the three real export dialects", () => {
  test("the semicolon-ANSI and tab-UTF-16 datasets parse to identical tables (header + all rows)", async () => {
    const semicolon = await readExport(readsxFiles("semicolon_ansi"));
    const tab = await readExport(readsxFiles("tab_utf16"));
    expect(semicolon.table.header.length).toBe(242);
    expect(semicolon.table.rows.length).toBe(999);
    expect(tab.table.header).toEqual(semicolon.table.header);
    expect(tab.table.rows).toEqual(semicolon.table.rows);
    expect(tab.codebook).toEqual(semicolon.codebook);
  });

  test("dialects are detected and recorded", async () => {
    const semicolon = await readExport(readsxFiles("semicolon_ansi"));
    const comma = await readExport(readsxFiles("comma_ansi"));
    const tab = await readExport(readsxFiles("tab_utf16"));
    expect(semicolon.dialects.dataset).toEqual({
      encoding: "windows-1252",
      delimiter: ";",
      lineEnding: "lf",
      decimal: ",",
      sepLine: false,
    });
    expect(comma.dialects.structure).toEqual({
      encoding: "windows-1252",
      delimiter: ",",
      lineEnding: "lf",
      decimal: ".",
      sepLine: false,
    });
    expect(tab.dialects.labels).toEqual({
      encoding: "utf-16le",
      delimiter: "\t",
      lineEnding: "crlf",
      decimal: ",",
      sepLine: false,
    });
  });

  test("the comma dialect's quoted empty strings, phantom column and extra columns are read, not fatal", async () => {
    const semicolon = await readExport(readsxFiles("semicolon_ansi"));
    const comma = await readExport(readsxFiles("comma_ansi"));
    expect(comma.rejects).toEqual([]);
    expect(comma.table.header.length).toBe(247);
    expect(comma.table.rows.length).toBe(999);
    // Same answers in every column both exports have; "" reads as blank.
    const shared = semicolon.table.header.map((name) => [
      semicolon.table.header.indexOf(name),
      comma.table.header.indexOf(name),
    ]);
    const differing = semicolon.table.rows.filter((row, r) =>
      shared.some(([s = 0, c = 0]) => row.cells[s] !== comma.table.rows[r]?.cells[c]),
    );
    expect(differing).toEqual([]);
    // structure.csv rows ending in a phantom delimiter are not ragged.
    expect(comma.files.map((f) => [f.rowsRead, f.rowsRejected])).toEqual([
      [999, 0],
      [244, 0],
      [1256, 0],
    ]);
  });
});
