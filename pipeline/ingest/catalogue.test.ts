// The bad-input catalogue of SPEC §9, one row per case: a tiny hand-made export with exactly
// one thing wrong, and the exact code, message and `file:line:column` it must produce.
// File-level problems stop the year (exit code 1); row and cell problems are recorded as
// rejects and the rest of the file is read; every file keeps rows read = accepted + rejected.
import { mkdtempSync, mkdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { parseQuestionnaire } from "../templates/questions.js";
import { rejectsCsv } from "../publish/tables.js";
import { toCsv } from "../publish/csv.js";
import { ingestBytes, ingestYear, type IngestOverrides, type YearBytes } from "./ingest.js";
import { CellCode, FileCode, LIMITS, NoticeCode, RowCode } from "./messages.js";
import { TINY, caught } from "./test-helpers.js";
import type { IngestedYear } from "./types.js";

const questionnaire = parseQuestionnaire(readFileSync(`${TINY}/questions.yaml`, "utf8"));

const HEADER =
  "id;orgnr;s_1;m_2_1;m_2_2;m_2_3;s_3;kommenta;stato_1;stato_2;stato_3;stato_4;stato_5";
/** Three good rows (lines 2–4): complete, partial, distributed (no answers). */
const GOOD = [
  "A1;840098222;4;1;0;0;1,5;Bra;0;0;0;1;0",
  "A2;;6;;;;;;0;0;1;0;0",
  "A3;944588132;;;;;;;0;1;0;0;0",
];
const dataset = (...extra: string[]) => [HEADER, ...GOOD, ...extra].join("\n") + "\n";

const STRUCTURE = [
  "questionName;variableName;questionType;subType;questionText;choiceValue;choiceText",
  "id;id;Open;String;Kontaktopplysninger - id;;",
  "orgnr;orgnr;Open;String;Kontaktopplysninger - orgnr;;",
  "s_1;s_1;Closed;Single;Vi har tilstrekkelig digital kompetanse;;",
  "m_2;m_2_1;Closed;Multiple;Barrierer;3;Manglende finansiering",
  "m_2;m_2_2;Closed;Multiple;Barrierer;1;Manglende kompetanse",
  "m_2;m_2_3;Closed;Multiple;Barrierer;2;Manglende kapasitet",
  "s_3;s_3;Open;Double;IT-budsjettets andel;;",
  "kommenta;kommenta;Open;String;Kommentar;;",
  ...[1, 2, 3, 4, 5].map((v) => `statoverall;stato_${v};Closed;Multiple;Samlet status;${v};S${v}`),
];
const structure = (...extra: string[]) => [...STRUCTURE, ...extra].join("\n") + "\n";

const LABELS = [
  "s_1;1;Svært uenig",
  "s_1;2;Uenig",
  "s_1;3;Verken enig eller uenig",
  "s_1;4;Enig",
  "s_1;5;Svært enig",
  "s_1;6;Vet ikke",
];
const labels = (...extra: string[]) => [...LABELS, ...extra].join("\n") + "\n";

const FRAME = [
  "id,orgnr,navn,sektor,fylke,kommunenummer,befolkning,size_class,panel_id",
  "A1,840098222,Agdenes kommune,kommune,Trøndelag,5016,1650,kommune-<5k,P1",
  "A2,,Digitaliseringsdirektoratet,stat,,,,,P2",
  "A3,944588132,Alta kommune,kommune,Troms og Finnmark,5403,20789,kommune-20-50k,P3",
  "A4,945624809,Andøy kommune,kommune,Nordland,1871,4621,kommune-<5k,P4",
  "A5,940875560,Aremark kommune,kommune,Viken,3012,1337,kommune-<5k,P5",
];
const frame = (...extra: string[]) => [...FRAME, ...extra].join("\n") + "\n";

type FileName = keyof YearBytes;
type Files = Partial<Record<FileName, string | Uint8Array>>;
const FILES: readonly FileName[] = ["dataset", "structure", "labels", "frame"];
const BASE: Record<FileName, string> = {
  dataset: dataset(),
  structure: structure(),
  labels: labels(),
  frame: frame(),
};
const bytes = (content: string | Uint8Array) =>
  typeof content === "string" ? Buffer.from(content, "utf8") : content;

function ingest(changes: Files = {}, overrides?: IngestOverrides): Promise<IngestedYear> {
  const files = Object.fromEntries(
    FILES.map((name) => [name, bytes(changes[name] ?? BASE[name])]),
  ) as unknown as YearBytes;
  return ingestBytes({ year: 2020, questionnaire, files, ...(overrides ? { overrides } : {}) });
}

/** Every file of a year that ingested: rows read = accepted + rejected. */
function expectRowsAccountedFor(year: IngestedYear): void {
  for (const file of year.files) expect(file.rowsRead).toBe(file.rowsAccepted + file.rowsRejected);
}

/** The comma dialect of a ; text: decimal point, comma delimiter. */
const comma = (text: string) => text.replace("1,5", "1.5").replaceAll(";", ",");
const cp1252 = (text: string) => iconv.encode(text, "windows-1252");
const utf16le = (text: string, bom = true) =>
  Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, "utf16le")]);

describe("the baseline export used by every case is clean", () => {
  test("three rows, no rejects, no notices", async () => {
    const year = await ingest();
    expect(year.rejects).toEqual([]);
    expect(year.notices).toEqual([]);
    expect(year.respondents.map((r) => [r.id, r.status])).toEqual([
      ["A1", "fullfort"],
      ["A2", "delvis"],
    ]);
    expectRowsAccountedFor(year);
  });
});

// ---------------------------------------------------------------------------------------------
// File-level: the year stops with an ItipError, exit code 1, before anything is written.

const FILE_CASES: Array<[string, Files, string, IngestOverrides?]> = [
  [
    "empty file",
    { dataset: "" },
    "2020/dataset.csv INPUT_FILE_EMPTY: The file is empty. Export it again from SurveyXact.",
  ],
  [
    "file of blank lines only",
    { labels: "\r\n\r\n" },
    "2020/labels.csv INPUT_FILE_EMPTY: The file is empty. Export it again from SurveyXact.",
  ],
  [
    "header only",
    { dataset: `${HEADER}\n` },
    "2020/dataset.csv:1 INPUT_HEADER_ONLY: The file has a header row but no data rows. Export it again with all respondents.",
  ],
  [
    "header only, followed by blank rows",
    { dataset: `${HEADER}\n;;;;;;;;;;;;\n\n` },
    "2020/dataset.csv:1 INPUT_HEADER_ONLY: The file has a header row but no data rows. Export it again with all respondents.",
  ],
  [
    "labels file holding only a header row",
    { labels: "variable;value;label\n" },
    "2020/labels.csv INPUT_FILE_EMPTY: The file is empty. Export it again from SurveyXact.",
  ],
  [
    "broken codebook: structure.csv without variableName",
    { structure: STRUCTURE.map((l) => l.split(";").toSpliced(1, 1).join(";")).join("\n") },
    '2020/structure.csv:1 INPUT_COLUMN_MISSING: The required column "variableName" is missing from the header of structure.csv. Export it again with this column.',
  ],
  [
    "broken codebook: labels.csv is really another file (the dataset)",
    { labels: dataset() },
    "2020/labels.csv:1 INPUT_CODEBOOK_UNREADABLE: None of the 4 rows could be read (the first fails with ROW_RAGGED): this does not look like a SurveyXact codebook file. Check that the structure and labels files are not swapped with another file, and export them again.",
  ],
  [
    "broken codebook: structure.csv where no row names a variable",
    { structure: `${STRUCTURE[0]}\na;;Open;String;x;;\nb;;Open;String;y;;\n` },
    "2020/structure.csv:2:2 INPUT_CODEBOOK_UNREADABLE: None of the 2 rows could be read (the first fails with ROW_VARIABLE_MISSING): this does not look like a SurveyXact codebook file. Check that the structure and labels files are not swapped with another file, and export them again.",
  ],
  [
    "undecodable bytes: a byte Windows-1252 leaves undefined",
    {
      dataset: Buffer.concat([
        cp1252(`${HEADER}\nA1;840098222;4;1;0;0;1,5;Bl`),
        Buffer.from([0x81, 0x0a]),
      ]),
    },
    "2020/dataset.csv:2:28 INPUT_UNDECODABLE: The file cannot be decoded as windows-1252. Save it as UTF-8, UTF-16LE with BOM or Windows-1252.",
  ],
  [
    "undecodable bytes: not UTF-8 although --encoding utf-8 says so",
    { dataset: cp1252(dataset("A4;945624809;4;0;0;0;2;Trøndelag;0;0;0;1;0")) },
    "2020/dataset.csv:5:26 INPUT_UNDECODABLE: The file cannot be decoded as UTF-8. Save it as UTF-8, UTF-16LE with BOM or Windows-1252.",
    { encoding: "utf-8" },
  ],
  [
    "undecodable bytes: a UTF-8 file damaged in one place (a byte cut out of ø)",
    {
      frame: Buffer.concat([
        Buffer.from(frame().slice(0, frame().indexOf("Andøy") + 3)),
        Buffer.from([0xc3]),
        Buffer.from(frame().slice(frame().indexOf("Andøy") + 4)),
      ]),
    },
    "2020/frame.csv:5:17 INPUT_UNDECODABLE: The file is UTF-8, but the bytes here are not (the file was cut, damaged or edited in another encoding). Export it again, or save it as UTF-8.",
  ],
  [
    "undecodable bytes: UTF-16 big-endian",
    { dataset: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("id", "utf16le").swap16()]) },
    "2020/dataset.csv:1:1 INPUT_UNDECODABLE: The file is UTF-16 big-endian, which SurveyXact does not write. Save it as UTF-16LE with BOM, UTF-8 or Windows-1252.",
  ],
  [
    "NUL bytes: UTF-16LE without a byte order mark",
    { structure: utf16le(structure(), false) },
    "2020/structure.csv:1:2 INPUT_NUL_BYTES: The file contains NUL bytes: probably UTF-16 without a byte order mark. Save it as UTF-16LE with BOM, UTF-8 or Windows-1252.",
  ],
  [
    "mojibake: UTF-8 saved twice (Ã¸ for ø)",
    { frame: frame().replace("Trøndelag", "TrÃ¸ndelag") },
    '2020/frame.csv:2:40 INPUT_MOJIBAKE: The text contains "Ã¸" where æ, ø or å belong: the file was probably saved twice as UTF-8. Export it again from SurveyXact instead of re-saving it.',
  ],
  [
    "unknown delimiter",
    { dataset: dataset().replaceAll(";", "|") },
    '2020/dataset.csv:1 INPUT_DELIMITER_UNKNOWN: No delimiter (";", "," or tab) found in the header line. Check that this is a SurveyXact CSV export, or pass the delimiter explicitly.',
  ],
  [
    "unknown delimiter declared by a sep= line",
    { dataset: `sep=|\n${dataset()}` },
    '2020/dataset.csv:1:5 INPUT_DELIMITER_UNKNOWN: No delimiter (";", "," or tab) found in the header line. Check that this is a SurveyXact CSV export, or pass the delimiter explicitly.',
  ],
  [
    "ambiguous delimiter",
    { labels: "variable;value,label\ns_1;1,Ja\n" },
    '2020/labels.csv:1 INPUT_DELIMITER_AMBIGUOUS: The header line has as many of ";" and "," outside quotes: cannot tell the delimiter. Add a "sep=;" first line or pass the delimiter explicitly.',
  ],
  [
    "duplicate headers",
    { dataset: dataset().replace("kommenta;", "s_1;") },
    '2020/dataset.csv:1:8 INPUT_DUPLICATE_HEADER: The column "s_1" appears twice in the header (first in column 3). Rename or remove one of them.',
  ],
  [
    "unclosed quote",
    {
      dataset: dataset(
        'A4;945624809;4;0;0;0;2;"Bra;0;0;0;1;0',
        "A5;940875560;4;0;0;0;2;;0;0;0;1;0",
      ),
    },
    "2020/dataset.csv:5 INPUT_QUOTE_NOT_CLOSED: A quoted field opened here is never closed, so the rest of the file would be read as one value. Close the quote or export the file again.",
  ],
  [
    "required column missing: the organisation id",
    { dataset: dataset().replace("id;orgnr", "virksomhet;orgnr") },
    '2020/dataset.csv:1 INPUT_COLUMN_MISSING: The required column "id" is missing from the header of dataset.csv. Export it again with this column.',
  ],
  [
    "required column missing: a frame column",
    { frame: frame().replace(",sektor,", ",sector,") },
    '2020/frame.csv:1 INPUT_COLUMN_MISSING: The required column "sektor" is missing from the header of frame.csv. Export it again with this column.',
  ],
  [
    "required column missing: the status",
    { dataset: dataset().replaceAll("stato_", "status_") },
    "2020/dataset.csv:1 INPUT_STATUS_MISSING: The dataset has no status columns (stato_1..5 or statoverall_1..5). Export it again with the respondent status.",
  ],
  [
    "required column missing: a question of the year",
    { dataset: dataset().replace(";s_3;", ";s_33;") },
    '2020/dataset.csv:1 INPUT_QUESTION_MISSING: The variable "s_3" of question "it_budsjett_andel" (templates/questions.yaml) is not in dataset.csv. If the question was renamed, add "2020: <new name>" under its variables (columns no question uses: "s_33"); if it was not asked in 2020, add "last_year: 2019" (ended) or "not_asked: [2020]" to the question; or export the question.',
  ],
  [
    "a line longer than the limit (millions of delimiters)",
    { dataset: dataset(`A4;${";".repeat(LIMITS.recordChars)}`) },
    "2020/dataset.csv:5 INPUT_RECORD_TOO_LARGE: A record starting here is longer than 1,048,576 characters: a quote that is never closed, lost line breaks, or not a CSV export. Check the file and export it again.",
  ],
  [
    "a quoted record longer than the limit, over many lines",
    { dataset: dataset(`A4;"${"x\n".repeat(LIMITS.recordChars / 2 + 1)}";1`) },
    "2020/dataset.csv:5 INPUT_RECORD_TOO_LARGE: A record starting here is longer than 1,048,576 characters: a quote that is never closed, lost line breaks, or not a CSV export. Check the file and export it again.",
  ],
  [
    "a record with more columns than a spreadsheet holds",
    { frame: frame(`A6${",".repeat(LIMITS.columns)}`) },
    "2020/frame.csv:7 INPUT_TOO_MANY_COLUMNS: The record has 16,385 fields, more than the 16,384 a spreadsheet can hold: check the delimiter, or that this is a SurveyXact export.",
  ],
];

describe("file-level problems stop the year with a coded error at file:line:column", () => {
  test.each(FILE_CASES)("%s", async (_name, changes, expected, overrides) => {
    const error = await caught(() => ingest(changes, overrides));
    expect(error.format()).toBe(expected);
    expect(error.exitCode).toBe(1);
  });
});

describe("file-level problems found on disk", () => {
  const withYear = async (prepare: (dir: string) => void) => {
    const root = mkdtempSync(path.join(tmpdir(), "itip-catalogue-"));
    try {
      const dir = path.join(root, "2020");
      mkdirSync(dir);
      for (const name of FILES) writeFileSync(path.join(dir, `${name}.csv`), BASE[name]);
      prepare(dir);
      return await caught(() => ingestYear({ inputDir: root, year: 2020, questionnaire }));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };

  test("missing codebook file: INPUT_FILE_MISSING", async () => {
    const error = await withYear((dir) => rmSync(path.join(dir, "labels.csv")));
    expect(error.format()).toBe(
      "2020/labels.csv INPUT_FILE_MISSING: The file 2020/labels.csv does not exist. Put the export (dataset, structure, labels) and frame.csv in the year's input folder.",
    );
  });

  test("a file larger than any export is refused before it is read: INPUT_FILE_TOO_LARGE", async () => {
    // A sparse file: its size is on record, its bytes are never written or read.
    const error = await withYear((dir) =>
      truncateSync(path.join(dir, "dataset.csv"), LIMITS.fileBytes + 1),
    );
    expect(error.format()).toBe(
      "2020/dataset.csv INPUT_FILE_TOO_LARGE: The file has 268,435,457 bytes, more than the 268,435,456 an export can have. Check that this is the SurveyXact export and not another file.",
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Row and cell problems: recorded, the build goes on. Each case adds one bad row at line 5.

interface Expected {
  file?: FileName;
  line: number;
  column: number | null;
  code: string;
  message: string;
  raw?: string;
}

const ROW_CASES: Array<[string, Files, Expected]> = [
  [
    "stray quote after a closing quote",
    { dataset: dataset('A4;945624809;4;0;0;0;2;"Bra"nt";0;0;0;1;0') },
    {
      line: 5,
      column: 8,
      code: "ROW_MALFORMED",
      message:
        'The row cannot be read as CSV (Invalid Closing Quote: got "n" at line 5 instead of delimiter, record delimiter, trimable character (if activated) or comment). Quote the field and double any quotes inside it.',
      raw: 'A4;945624809;4;0;0;0;2;"Bra"nt";0;0;0;1;0',
    },
  ],
  [
    "ragged row: a free-text ; that was not quoted",
    { dataset: dataset("A4;945624809;4;0;0;0;2;bra; men dyrt;0;0;0;1;0") },
    {
      line: 5,
      column: null,
      code: "ROW_RAGGED",
      message:
        "The row has 14 fields where the header has 13. Check for an unquoted delimiter or line break in a free-text answer.",
      raw: "A4;945624809;4;0;0;0;2;bra; men dyrt;0;0;0;1;0",
    },
  ],
  [
    "ragged row: fields missing",
    { dataset: dataset("A4;945624809;4") },
    {
      line: 5,
      column: null,
      code: "ROW_RAGGED",
      message:
        "The row has 3 fields where the header has 13. Check for an unquoted delimiter or line break in a free-text answer.",
    },
  ],
  [
    "duplicate respondent id",
    { dataset: dataset("A1;840098222;5;0;0;0;2;;0;0;0;1;0") },
    {
      line: 5,
      column: 1,
      code: "ROW_DUPLICATE_ID",
      message:
        'The id "A1" appears again (first on line 2); the first row is kept. Remove the duplicate from the export.',
    },
  ],
  [
    "respondent without an id",
    { dataset: dataset(";945624809;4;0;0;0;2;;0;0;0;1;0") },
    {
      line: 5,
      column: 1,
      code: "ROW_ID_MISSING",
      message:
        'The row has no organisation id in column "id". Fill in the id from the respondent list.',
    },
  ],
  [
    "bad orgnr: not nine digits",
    { dataset: dataset("A4;945 624 809;4;0;0;0;2;;0;0;0;1;0") },
    {
      line: 5,
      column: 2,
      code: "ROW_ORGNR_MALFORMED",
      message:
        'The organisation number "945 624 809" is not nine digits. Correct it from the register (Enhetsregisteret).',
    },
  ],
  [
    "invalid-checksum orgnr",
    { dataset: dataset("A4;945624808;4;0;0;0;2;;0;0;0;1;0") },
    {
      line: 5,
      column: 2,
      code: "ROW_ORGNR_CHECKSUM",
      message:
        'The organisation number "945624808" fails the mod-11 check digit. Correct it from the register (Enhetsregisteret).',
    },
  ],
  [
    "orgnr of another organisation than the frame says",
    { dataset: dataset("A4;940875560;4;0;0;0;2;;0;0;0;1;0") },
    {
      line: 5,
      column: 2,
      code: "ROW_ORGNR_MISMATCH",
      message:
        'The organisation number "940875560" does not match "945624809" given for id "A4" in frame.csv. Correct the export or the frame.',
    },
  ],
  [
    "id not in the frame",
    { dataset: dataset("X9;;4;0;0;0;2;;0;0;0;1;0") },
    {
      line: 5,
      column: 1,
      code: "ROW_ID_NOT_IN_FRAME",
      message:
        'The id "X9" is not in frame.csv for this year. Add the organisation to the frame or correct the id.',
    },
  ],
  [
    "status with no flag",
    { dataset: dataset("A4;945624809;4;0;0;0;2;;0;0;0;0;0") },
    {
      line: 5,
      column: 9,
      code: "ROW_STATUS_NONE",
      message:
        "None of the status columns is 1: the respondent's status is unknown. Export it again with the status.",
    },
  ],
  [
    "status with several flags",
    { dataset: dataset("A4;945624809;4;0;0;0;2;;0;0;1;1;0") },
    {
      line: 5,
      column: 9,
      code: "ROW_STATUS_SEVERAL",
      message:
        "Several status columns are 1 (delvis, fullfort): a respondent has exactly one status. Correct the export.",
    },
  ],
  [
    "status flag that is not 0/1",
    { dataset: dataset("A4;945624809;4;0;0;0;2;;0;0;0;Ja;0") },
    {
      line: 5,
      column: 12,
      code: "ROW_STATUS_FLAG_INVALID",
      message:
        'The status column "stato_4" holds "Ja"; status flags are 0, 1 or blank. Correct the export.',
    },
  ],
  [
    "frame row with an unknown sector",
    { frame: frame("A6,,Ukjent,privat,,,,,P6") },
    {
      file: "frame",
      line: 7,
      column: 4,
      code: "ROW_SECTOR_INVALID",
      message: 'The sector "privat" is not one of stat, kommune, fylkeskommune. Correct frame.csv.',
    },
  ],
  [
    "frame row with a thousands separator in the population",
    { frame: frame('A6,,Ny kommune,kommune,Viken,3099,"12 345",,P6') },
    {
      file: "frame",
      line: 7,
      column: 7,
      code: "ROW_FRAME_FIELD_INVALID",
      message:
        'The befolkning "12 345" is not a whole number without separators. Correct frame.csv.',
    },
  ],
  [
    "structure row describing a variable twice",
    { structure: structure("s_1;s_1;Closed;Single;Igjen;;") },
    {
      file: "structure",
      line: 15,
      column: 2,
      code: "ROW_DUPLICATE_VARIABLE",
      message:
        'The variable "s_1" is described again (first on line 4); the first description is kept. Export the structure again.',
    },
  ],
  [
    "labels row with a value that is not a code",
    { labels: labels("s_1;ja;Ja") },
    {
      file: "labels",
      line: 7,
      column: 2,
      code: "ROW_LABEL_VALUE_INVALID",
      message: 'The value "ja" of this label is not a whole number. Export the labels again.',
    },
  ],
];

const CELL_CASES: Array<[string, Files, Expected]> = [
  [
    "code outside the categories",
    { dataset: dataset("A4;945624809;7;0;0;0;2;;0;0;0;1;0") },
    {
      line: 5,
      column: 3,
      code: "CELL_CODE_OUT_OF_RANGE",
      message:
        'The code 7 is not a category of "kompetanse" (valid: 1, 2, 3, 4, 5, 6); the answer was blanked. Correct the export or add the code to templates/questions.yaml.',
    },
  ],
  [
    "a label where a code belongs",
    { dataset: dataset("A4;945624809;Vet ikke;0;0;0;2;;0;0;0;1;0") },
    {
      line: 5,
      column: 3,
      code: "CELL_LABEL_NOT_CODE",
      message:
        'Found the label "Vet ikke" where a code belongs in "kompetanse" (the code is 6); the answer was blanked. Export codes, not labels.',
    },
  ],
  [
    "text that is neither a code nor a label",
    { dataset: dataset("A4;945624809;4,0;0;0;0;2;;0;0;0;1;0") },
    {
      line: 5,
      column: 3,
      code: "CELL_NOT_A_CODE",
      message:
        'The value "4,0" is not a code of "kompetanse"; the answer was blanked. Export codes, not labels.',
    },
  ],
  [
    "multi-choice cell not 0/1/blank",
    { dataset: dataset("A4;945624809;4;0;x;0;2;;0;0;0;1;0") },
    {
      line: 5,
      column: 5,
      code: "CELL_MULTI_NOT_BINARY",
      message:
        'The multi-choice cell "m_2_2" holds "x"; it must be 0, 1 or blank. The answer was blanked; correct the export.',
    },
  ],
  [
    "undeclared thousands separator (1 234)",
    { dataset: dataset("A4;945624809;4;0;0;0;1 234;;0;0;0;1;0") },
    {
      line: 5,
      column: 7,
      code: "CELL_DECIMAL_SEPARATOR",
      message:
        'The value "1 234" of "it_budsjett_andel" uses a separator this file does not declare (decimal separator ",", no thousands separator); the answer was blanked. Export again without thousands separators, with "," as decimal separator.',
    },
  ],
  [
    "undeclared thousands separator with a decimal comma (1.234,5)",
    { dataset: dataset("A4;945624809;4;0;0;0;1.234,5;;0;0;0;1;0") },
    {
      line: 5,
      column: 7,
      code: "CELL_DECIMAL_SEPARATOR",
      message:
        'The value "1.234,5" of "it_budsjett_andel" uses a separator this file does not declare (decimal separator ",", no thousands separator); the answer was blanked. Export again without thousands separators, with "," as decimal separator.',
    },
  ],
  [
    "undeclared decimal comma in the comma dialect",
    { dataset: `${comma(dataset())}A4,945624809,4,0,0,0,"1,5",,0,0,0,1,0\n` },
    {
      line: 5,
      column: 7,
      code: "CELL_DECIMAL_SEPARATOR",
      message:
        'The value "1,5" of "it_budsjett_andel" uses a separator this file does not declare (decimal separator ".", no thousands separator); the answer was blanked. Export again without thousands separators, with "." as decimal separator.',
    },
  ],
  [
    "a number that is not a number",
    { dataset: dataset("A4;945624809;4;0;0;0;ca. 5;;0;0;0;1;0") },
    {
      line: 5,
      column: 7,
      code: "CELL_NUMBER_INVALID",
      message:
        'The value "ca. 5" of "it_budsjett_andel" is not a number; the answer was blanked. Correct the export.',
    },
  ],
  [
    "unparseable date in a variable structure.csv declares Open/Date",
    {
      dataset: dataset("A4;945624809;4;0;0;0;2;31.02.2020;0;0;0;1;0").replace(";Bra;", ";;"),
      structure: structure().replace("kommenta;Open;String", "kommenta;Open;Date"),
    },
    {
      line: 5,
      column: 8,
      code: "CELL_DATE_INVALID",
      message:
        'The value "31.02.2020" of the date variable "kommenta" is not a date (dd.mm.yyyy, dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd, optionally with hh:mm[:ss]); the answer was blanked. Correct the export.',
    },
  ],
];

describe("row problems reject the row, cell problems blank the cell; the read goes on", () => {
  test.each([...ROW_CASES, ...CELL_CASES])("%s", async (_name, changes, expected) => {
    const year = await ingest(changes);
    const file = `2020/${expected.file ?? "dataset"}.csv`;
    const { line, column, code, message, raw } = expected;
    expect(
      year.rejects.map((r) => ({
        file: r.file,
        line: r.line,
        column: r.column,
        code: r.code,
        message: r.message,
      })),
    ).toEqual([{ file, line, column, code, message }]);
    if (raw !== undefined) expect(year.rejects[0]?.raw).toBe(raw);
    expectRowsAccountedFor(year);
    const report = year.files.find((f) => f.file === file);
    // A row reject takes its row out; a cell reject keeps the row.
    const rowRejects = expected.code.startsWith("ROW_") ? 1 : 0;
    expect(report?.rowsRejected).toBe(rowRejects);
    // The good rows around it are still read.
    if (file === "2020/dataset.csv")
      expect(year.respondents.map((r) => r.id).slice(0, 2)).toEqual(["A1", "A2"]);
  });

  test("a blanked cell is item missing in the kept respondent", async () => {
    const year = await ingest({ dataset: dataset("A4;945624809;7;0;x;1;1 234;;0;0;0;1;0") });
    expect(year.respondents.find((r) => r.id === "A4")?.values).toEqual({
      kompetanse: null,
      "barrierer.kompetanse": null,
      "barrierer.kapasitet": 1,
      "barrierer.finansiering": 0,
      it_budsjett_andel: null,
    });
  });

  test("valid dates in an Open/Date variable are kept as written", async () => {
    const dates = ["2020-03-12", "12.03.2020", "12-03-2020", "12/3/2020 14:05", "2020-02-29"];
    const rows = dates.map((d, i) => `A${i + 1};;4;0;0;0;2;${d};0;0;0;1;0`);
    const year = await ingest({
      dataset: [HEADER, ...rows].join("\n"),
      structure: structure().replace("kommenta;Open;String", "kommenta;Open;Date"),
    });
    expect(year.rejects).toEqual([]);
    expect(year.respondents.map((r) => r.texts.kommentar)).toEqual(dates);
  });
});

// ---------------------------------------------------------------------------------------------
// Cases of the catalogue that are not errors: they are read, and the test says how.

describe("cases read as they are, without a reject", () => {
  test("partial responses (status 'Noen svar') are respondents with what they answered", async () => {
    const year = await ingest();
    const a2 = year.respondents.find((r) => r.id === "A2");
    expect(a2).toMatchObject({ status: "delvis", line: 3 });
    expect(a2?.values.kompetanse).toBe(6);
    expect(a2?.values.it_budsjett_andel).toBeNull();
    expect(year.statusCounts.delvis).toBe(1);
    expect(year.rejects).toEqual([]);
  });

  test("a sep=; first line is honoured and line numbers still count it", async () => {
    const year = await ingest({
      dataset: `sep=;\n${dataset("A4;945624808;4;0;0;0;2;;0;0;0;1;0")}`,
    });
    expect(year.files[0]?.dialect).toMatchObject({ delimiter: ";", sepLine: true });
    expect(year.rejects.map((r) => [r.line, r.code])).toEqual([[6, "ROW_ORGNR_CHECKSUM"]]);
  });

  test("blank trailing rows (empty lines, rows of delimiters) are not rows", async () => {
    const year = await ingest({ dataset: `${dataset()};;;;;;;;;;;;\n\n\r\n;;;;;;;;;;;;` });
    expect(year.files[0]).toMatchObject({ rowsRead: 3, rowsAccepted: 3, rowsRejected: 0 });
  });

  test("SurveyXact's phantom trailing column (a delimiter at the end of header and rows) is dropped", async () => {
    const phantom = dataset().replaceAll("\n", ";\n");
    const year = await ingest({ dataset: phantom, structure: structure().replaceAll("\n", ";\n") });
    expect(year.rejects).toEqual([]);
    expect(year.respondents).toEqual((await ingest()).respondents);
  });

  test("a quote inside an unquoted field is text, as Excel reads it", async () => {
    const year = await ingest({ dataset: dataset('A4;945624809;4;0;0;0;2;si "hei";0;0;0;1;0') });
    expect(year.rejects).toEqual([]);
    expect(year.respondents.find((r) => r.id === "A4")?.texts.kommentar).toBe('si "hei"');
  });

  test("free text starting with = + - @ is kept as text in the data", async () => {
    const texts = ["=SUM(A1)", "+47 22 00 00 00", "-bra", "@navn"];
    const rows = texts.map((t, i) => `A${i + 1};;4;0;0;0;2;${t};0;0;0;1;0`);
    const year = await ingest({ dataset: [HEADER, ...rows].join("\n") });
    expect(year.respondents.map((r) => r.texts.kommentar)).toEqual(texts);
  });

  test("… and escaped when written to CSV (rejects.csv and every table through the CSV writer)", async () => {
    const year = await ingest({ dataset: dataset("A4;945624809;=1+1;0;0;0;2;;0;0;0;1;0") });
    expect(year.rejects[0]?.raw).toBe("=1+1");
    expect(rejectsCsv(year.rejects).split("\n")[1]).toBe(
      `2020/dataset.csv,5,3,CELL_NOT_A_CODE,"The value ""=1+1"" is not a code of ""kompetanse""; the answer was blanked. Export codes, not labels.",'=1+1`,
    );
    const texts = (
      await ingest({ dataset: dataset("A4;;4;0;0;0;2;@SUM(A1);0;0;0;1;0") })
    ).respondents.map((r) => r.texts.kommentar ?? "");
    expect(
      toCsv(
        ["kommentar"],
        texts.map((t) => [t]),
      ),
    ).toBe("kommentar\nBra\n\n'@SUM(A1)\n");
  });

  test("a dataset column not in structure.csv is listed as unmapped, with a notice", async () => {
    const year = await ingest({
      dataset: dataset().replace("\n", ";ekstra\n").replaceAll(/;0\n/g, ";0;x\n"),
    });
    expect(year.unmapped).toEqual(["ekstra"]);
    expect(year.notices).toEqual([
      {
        file: "2020/dataset.csv",
        line: 1,
        column: 14,
        code: "COLUMN_NOT_IN_STRUCTURE",
        message:
          'The column "ekstra" is not described in structure.csv and no question in templates/questions.yaml uses it; it is left out (unmapped). Export the structure again if it should be there.',
      },
    ]);
    expect(year.rejects).toEqual([]);
  });

  test("a column structure.csv describes but the questionnaire does not use is a COLUMN_UNMAPPED notice", async () => {
    const year = await ingest({
      dataset: dataset().replace("\n", ";s_9\n").replaceAll(/;0\n/g, ";0;1\n"),
      structure: structure("s_9;s_9;Closed;Single;Ny;;"),
    });
    expect(year.notices?.map((n) => [n.code, n.column, n.message])).toEqual([
      [
        "COLUMN_UNMAPPED",
        14,
        'The column "s_9" is not used by any question of 2020 in templates/questions.yaml; it is left out (unmapped). Add it to templates/questions.yaml if it should be reported.',
      ],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Dialects: every one SurveyXact (or a spreadsheet after it) writes gives the same year.

describe("dialects give identical years", () => {
  const reference = () => ingest();
  const crlf = (text: string) => text.replaceAll("\n", "\r\n");
  const tab = (text: string) => text.replaceAll(";", "\t");

  test.each<[string, Files, IngestOverrides?]>([
    ["UTF-8 with BOM", { dataset: `\uFEFF${BASE.dataset}`, labels: `\uFEFF${BASE.labels}` }],
    ["Windows-1252", { dataset: cp1252(BASE.dataset), labels: cp1252(BASE.labels) }],
    [
      "UTF-16LE with BOM, tab, CRLF",
      {
        dataset: utf16le(crlf(tab(BASE.dataset))),
        labels: utf16le(crlf(tab(BASE.labels))),
        structure: utf16le(crlf(tab(BASE.structure))),
      },
    ],
    [
      "UTF-16LE without BOM, declared with --encoding",
      {
        dataset: utf16le(BASE.dataset, false),
        structure: utf16le(BASE.structure, false),
        labels: utf16le(BASE.labels, false),
      },
      { encoding: "utf-16le" },
    ],
    ["comma with decimal point", { dataset: comma(BASE.dataset) }],
    ["CRLF line ends", { dataset: crlf(BASE.dataset), frame: crlf(BASE.frame) }],
    ["old Mac CR line ends", { dataset: BASE.dataset.replaceAll("\n", "\r") }],
    [
      "statoverall_1..5 instead of stato_1..5",
      {
        dataset: BASE.dataset.replaceAll("stato_", "statoverall_"),
        structure: BASE.structure.replaceAll("stato_", "statoverall_"),
      },
    ],
    ["labels.csv with a header row", { labels: `variable;value;label\n${BASE.labels}` }],
    [
      "labels with trailing spaces and a phantom column",
      { labels: BASE.labels.replaceAll("\n", " ;\n") },
    ],
    [
      "a sep=; line in front of every file",
      {
        dataset: `sep=;\n${BASE.dataset}`,
        structure: `sep=;\n${BASE.structure}`,
        labels: `sep=;\n${BASE.labels}`,
      },
    ],
    ["no line break after the last row", { dataset: BASE.dataset.trimEnd() }],
  ])("%s", async (_name, changes, overrides) => {
    const year = await ingest(changes, overrides);
    const expected = await reference();
    // Lines differ only where a sep= line shifts them.
    const shift = changes.dataset && String(changes.dataset).startsWith("sep=") ? 1 : 0;
    const at = <T extends { line: number }>(rows: T[] | undefined) =>
      rows?.map((r) => ({ ...r, line: r.line + shift }));
    expect(year.respondents).toEqual(at(expected.respondents));
    expect(year.dispositions).toEqual(at(expected.dispositions));
    expect(year.rejects).toEqual([]);
    expectRowsAccountedFor(year);
  });

  test("--delimiter overrides detection: a header with as many ; as , reads with the one named", async () => {
    const ambiguous = BASE.labels.replace("s_1;1;Svært uenig", "s_1;1;Svært, uenig, x");
    expect((await caught(() => ingest({ labels: ambiguous }))).code).toBe(
      "INPUT_DELIMITER_AMBIGUOUS",
    );
    expect((await ingest({ labels: ambiguous }, { delimiter: ";" })).rejects).toEqual([]);
  });
});

describe("the codes are documented", () => {
  test("README.md's section 'When the input is wrong' lists every code", () => {
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("## When the input is wrong"));
    const codes = [FileCode, RowCode, CellCode, NoticeCode].flatMap((c) => Object.values(c));
    expect(codes.filter((code) => !section.includes(`\`${code}\``))).toEqual([]);
  });
});
