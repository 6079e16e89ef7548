import { describe, expect, test } from "vitest";
import { readExport } from "./ingest.js";
import { TINY, caught } from "./test-helpers.js";

const SEP = `${TINY}/sep-line`;
const files = {
  dataset: `${SEP}/dataset.csv`,
  structure: `${SEP}/structure.csv`,
  labels: `${SEP}/labels.csv`,
};

describe("readExport on any export", () => {
  test("a sep=; first line is honoured, recorded, and counted in line numbers", async () => {
    const read = await readExport(files);
    expect(read.dialects.dataset).toMatchObject({ delimiter: ";", sepLine: true });
    expect(read.table.header[0]).toBe("id");
    expect(read.table.headerLine).toBe(2);
    expect(read.table.rows.map((r) => r.line)).toEqual([3, 5]);
  });

  test("a labels.csv that does have a header row is read too, its labels trimmed", async () => {
    const read = await readExport(files);
    expect(read.codebook.labels.get("s_9")).toEqual(new Map([[1, "Ja"]]));
    expect(read.files[2]).toMatchObject({ rowsRead: 1, rowsAccepted: 1, rowsRejected: 0 });
  });

  test("overrides replace detection for the export's files", async () => {
    const error = await caught(() => readExport(files, { delimiter: "," }));
    expect(error.code).toBe("INPUT_COLUMN_MISSING");
  });

  test("a missing file is INPUT_FILE_MISSING naming the file, exit code 1", async () => {
    const error = await caught(() => readExport({ ...files, labels: `${SEP}/nope.csv` }));
    expect(error.format()).toBe(
      `${SEP}/nope.csv INPUT_FILE_MISSING: The file ${SEP}/nope.csv does not exist. Put the export (dataset, structure, labels) and frame.csv in the year's input folder.`,
    );
    expect(error.exitCode).toBe(1);
  });
});
