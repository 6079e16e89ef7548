import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { parseQuestionnaire } from "../templates/questions.js";
import { ingestYear } from "./ingest.js";
import { TINY, caught } from "./test-helpers.js";
import type { IngestedYear } from "./types.js";

const questionnaire = parseQuestionnaire(readFileSync(`${TINY}/questions.yaml`, "utf8"));

describe("ingestYear on a hand-made 2020 export (Windows-1252, ;) with one dirty row of each kind", () => {
  let year: IngestedYear;
  beforeAll(async () => {
    year = await ingestYear({ inputDir: `${TINY}/tiny`, year: 2020, questionnaire });
  });

  const rejectOf = (line: number) =>
    year.rejects.filter((r) => r.line === line && r.file === "2020/dataset.csv");

  test("complete and partial responses become respondents; non-respondents are counted, not kept", () => {
    expect(year.respondents.map((r) => [r.id, r.status])).toEqual([
      ["A1", "fullfort"],
      ["A2", "delvis"],
      ["A7", "fullfort"],
      ["A8", "fullfort"],
    ]);
    expect(year.statusCounts).toEqual({
      ny: 0,
      distribuert: 1,
      delvis: 1,
      fullfort: 3,
      frafalt: 0,
    });
    expect(year.dispositions.map((d) => [d.id, d.line, d.status])).toContainEqual([
      "A3",
      5,
      "distribuert",
    ]);
  });

  test("answers are harmonised to stable keys; multi-choice columns through their choice value", () => {
    const a1 = year.respondents.find((r) => r.id === "A1");
    expect(a1?.values).toEqual({
      kompetanse: 4,
      // m_2_1 has choice value 3 (finansiering), not 1
      "barrierer.kompetanse": 0,
      "barrierer.kapasitet": 0,
      "barrierer.finansiering": 1,
      it_budsjett_andel: 1.5,
    });
    expect(a1?.texts).toEqual({ kommentar: 'Bra; men "dyrt"\nøkonomi' });
    expect(a1?.line).toBe(2);
  });

  test("a decimal comma in the ; dialect is a decimal: 1,5 → 1.5, never 15", () => {
    expect(year.respondents.find((r) => r.id === "A1")?.values.it_budsjett_andel).toBe(1.5);
  });

  test("blank cells are item missing (null); 'vet ikke' is kept as its code", () => {
    const a2 = year.respondents.find((r) => r.id === "A2");
    expect(a2?.values.kompetanse).toBe(6);
    expect(a2?.values.it_budsjett_andel).toBeNull();
    expect(a2?.texts.kommentar).toBeNull();
  });

  test("a duplicate id rejects the later row and keeps the first", () => {
    expect(rejectOf(6)).toEqual([
      {
        file: "2020/dataset.csv",
        line: 6,
        column: 1,
        code: "ROW_DUPLICATE_ID",
        message:
          'The id "A1" appears again (first on line 2); the first row is kept. Remove the duplicate from the export.',
        raw: "A1;840098222;5;0;0;0;2;;;0;0;0;1;0",
      },
    ]);
    expect(year.respondents.find((r) => r.id === "A1")?.values.kompetanse).toBe(4);
  });

  test("row rejects: id not in frame, bad checksum, no status, two statuses, ragged, orgnr mismatch", () => {
    const rows = year.rejects
      .filter(
        (r) => r.file === "2020/dataset.csv" && r.column !== 3 && r.column !== 5 && r.column !== 7,
      )
      .map((r) => [r.line, r.code, r.column]);
    expect(rows).toEqual([
      [6, "ROW_DUPLICATE_ID", 1],
      [7, "ROW_ID_NOT_IN_FRAME", 1],
      [8, "ROW_ORGNR_CHECKSUM", 2],
      [9, "ROW_STATUS_NONE", 10],
      [10, "ROW_STATUS_SEVERAL", 10],
      [13, "ROW_RAGGED", null],
      [14, "ROW_ORGNR_MISMATCH", 2],
    ]);
    expect(rejectOf(14)[0]?.message).toBe(
      'The organisation number "938712441" does not match "964968330" given for id "A10" in frame.csv. Correct the export or the frame.',
    );
  });

  test("an out-of-range code is a cell reject with its column; the value is blanked, the row kept", () => {
    expect(rejectOf(11)).toEqual([
      {
        file: "2020/dataset.csv",
        line: 11,
        column: 3,
        code: "CELL_CODE_OUT_OF_RANGE",
        message:
          'The code 7 is not a category of "kompetanse" (valid: 1, 2, 3, 4, 5, 6); the answer was blanked. Correct the export or add the code to templates/questions.yaml.',
        raw: "7",
      },
      {
        file: "2020/dataset.csv",
        line: 11,
        column: 5,
        code: "CELL_MULTI_NOT_BINARY",
        message:
          'The multi-choice cell "m_2_2" holds "2"; it must be 0, 1 or blank. The answer was blanked; correct the export.',
        raw: "2",
      },
      {
        file: "2020/dataset.csv",
        line: 11,
        column: 7,
        code: "CELL_DECIMAL_SEPARATOR",
        message:
          'The value "12.5" of "it_budsjett_andel" uses a separator this file does not declare (decimal separator ",", no thousands separator); the answer was blanked. Export again without thousands separators, with "," as decimal separator.',
        raw: "12.5",
      },
    ]);
    const a7 = year.respondents.find((r) => r.id === "A7");
    expect(a7?.values).toMatchObject({
      kompetanse: null,
      "barrierer.kompetanse": null,
      it_budsjett_andel: null,
    });
    expect(a7?.values["barrierer.kapasitet"]).toBe(1);
  });

  test("a label where a code belongs is CELL_LABEL_NOT_CODE; free text starting with = is kept as text", () => {
    expect(rejectOf(12).map((r) => [r.code, r.message])).toEqual([
      [
        "CELL_LABEL_NOT_CODE",
        'Found the label "Enig" where a code belongs in "kompetanse" (the code is 4); the answer was blanked. Export codes, not labels.',
      ],
    ]);
    expect(year.respondents.find((r) => r.id === "A8")?.texts.kommentar).toBe("=SUM(A1)");
  });

  test("columns nobody knows are listed as unmapped, not fatal", () => {
    expect(year.unmapped).toEqual(["ekstra"]);
  });

  test("for every file, rows read = accepted + rejected", () => {
    expect(year.files.map((f) => [f.file, f.rowsRead, f.rowsAccepted, f.rowsRejected])).toEqual([
      ["2020/dataset.csv", 12, 5, 7],
      ["2020/structure.csv", 13, 13, 0],
      ["2020/labels.csv", 12, 12, 0],
      ["2020/frame.csv", 10, 10, 0],
    ]);
  });

  test("each file is reported with its sha256 and detected dialect", () => {
    const [dataset, , , frame] = year.files;
    expect(dataset?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(dataset?.dialect).toEqual({
      encoding: "windows-1252",
      delimiter: ";",
      lineEnding: "lf",
      decimal: ",",
      sepLine: false,
    });
    expect(frame?.dialect).toMatchObject({ encoding: "utf-8", delimiter: "," });
  });

  test("the frame is parsed with sectors, size classes and numbers; a missing orgnr is null", () => {
    expect(year.frame[1]).toEqual({
      id: "A2",
      orgnr: null,
      navn: "Nye Digitaliseringsdirektoratet",
      sektor: "stat",
      fylke: "",
      kommunenummer: null,
      befolkning: null,
      sizeClass: null,
      panelId: "P2",
    });
    expect(year.frame[0]).toMatchObject({
      befolkning: 1650,
      sizeClass: "kommune-<5k",
      kommunenummer: "5016",
    });
  });
});

describe("file-level problems stop ingest with file:line:column", () => {
  test("a missing year folder is INPUT_FILE_MISSING", async () => {
    const error = await caught(() =>
      ingestYear({ inputDir: `${TINY}/tiny`, year: 2019, questionnaire }),
    );
    expect(error.code).toBe("INPUT_FILE_MISSING");
    expect(error.exitCode).toBe(1);
  });

  test("a questionnaire variable the dataset lacks is INPUT_QUESTION_MISSING", async () => {
    const renamed = parseQuestionnaire(
      readFileSync(`${TINY}/questions.yaml`, "utf8").replace("{ 2008: s_3 }", "{ 2008: s_33 }"),
    );
    const error = await caught(() =>
      ingestYear({ inputDir: `${TINY}/tiny`, year: 2020, questionnaire: renamed }),
    );
    expect(error.format()).toBe(
      '2020/dataset.csv:1 INPUT_QUESTION_MISSING: The variable "s_33" of question "it_budsjett_andel" (templates/questions.yaml) is not in dataset.csv. If the question was renamed, add "2020: <new name>" under its variables (columns no question uses: "s_3", "ekstra"); if it was not asked in 2020, add "last_year: 2019" (ended) or "not_asked: [2020]" to the question; or export the question.',
    );
  });

  test("a dataset without the id column is INPUT_COLUMN_MISSING", async () => {
    const other = parseQuestionnaire(
      readFileSync(`${TINY}/questions.yaml`, "utf8").replace("id: id", "id: virksomhet"),
    );
    const error = await caught(() =>
      ingestYear({ inputDir: `${TINY}/tiny`, year: 2020, questionnaire: other }),
    );
    expect(error.format()).toBe(
      '2020/dataset.csv:1 INPUT_COLUMN_MISSING: The required column "virksomhet" is missing from the header of dataset.csv. Export it again with this column.',
    );
  });
});

describe("years asked for together", () => {
  test("finish in the order asked (one year is read at a time); one that fails holds up none after it", async () => {
    const finished: string[] = [];
    const read = (year: number, label: string) =>
      ingestYear({ inputDir: `${TINY}/tiny`, year, questionnaire }).finally(() =>
        finished.push(label),
      );
    const [missing, first, second] = await Promise.allSettled([
      read(2019, "2019"),
      read(2020, "2020 a"),
      read(2020, "2020 b"),
    ]);
    expect(missing.status).toBe("rejected");
    expect(first.status === "fulfilled" && first.value.respondents).toHaveLength(4);
    expect(second.status === "fulfilled" && second.value.respondents).toHaveLength(4);
    expect(finished).toEqual(["2019", "2020 a", "2020 b"]);
  });
});
