// Integration: the committed sample input (input/2008–2020), once the generator has written it.
// ITIP_INGEST_INPUT points the test at another input folder.
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { plantedDirtyRows } from "../sample/index.js";
import { parseQuestionnaire } from "../templates/questions.js";
import { ingestYear } from "./ingest.js";
import type { IngestedYear } from "./types.js";

const INPUT = process.env.ITIP_INGEST_INPUT ?? "input";
const YEARS = Array.from({ length: 13 }, (_, i) => 2008 + i);
const present = YEARS.every((year) => existsSync(`${INPUT}/${year}/dataset.csv`));
const questionnaire = parseQuestionnaire(readFileSync("templates/questions.yaml", "utf8"));

const ingestAll = () =>
  Promise.all(YEARS.map((year) => ingestYear({ inputDir: INPUT, year, questionnaire })));

describe.skipIf(!present)(`ingest of the sample input ${INPUT}/2008–2020`, () => {
  let years: IngestedYear[];
  beforeAll(async () => {
    years = await ingestAll();
  });

  test("every year ingests, with the dialect of its year", () => {
    expect(years.map((y) => y.files[0]?.dialect.delimiter)).toEqual([
      ...Array<string>(10).fill(";"),
      ",",
      ",",
      "\t",
    ]);
    expect(years.map((y) => y.files[0]?.dialect.encoding)).toEqual([
      ...Array<string>(10).fill("windows-1252"),
      "utf-8-bom",
      "utf-8-bom",
      "utf-16le",
    ]);
  });

  test("for every file of every year, rows read = accepted + rejected", () => {
    for (const year of years)
      for (const file of year.files)
        expect(file.rowsRead).toBe(file.rowsAccepted + file.rowsRejected);
  });

  test("every accepted dataset row has a status; respondents are its complete and partial rows", () => {
    for (const year of years) {
      const counts = year.statusCounts;
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      expect(total).toBe(year.files[0]?.rowsAccepted);
      expect(year.respondents.length).toBe(counts.delvis + counts.fullfort);
    }
  });

  test("every dataset column is claimed by the questionnaire, the background or the status", () => {
    for (const year of years) expect(year.unmapped).toEqual([]);
  });

  test.skipIf(INPUT !== "input")(
    "exactly the dirty rows the generator planted are rejected, at their line with their code",
    async () => {
      const planted = await plantedDirtyRows({ inputDir: INPUT, templatesDir: "templates" });
      const rejected = years.flatMap((y) => y.rejects).map((r) => `${r.file}:${r.line} ${r.code}`);
      expect(rejected.sort()).toEqual(planted.map((d) => `${d.file}:${d.line} ${d.code}`).sort());
      for (const year of years) {
        const codes = new Set(year.rejects.map((r) => r.code));
        for (const code of ["ROW_DUPLICATE_ID", "ROW_ID_NOT_IN_FRAME", "ROW_ORGNR_CHECKSUM"])
          expect(codes, `${year.year}`).toContain(code);
      }
    },
  );

  test("warm ingest time of all 13 years (budget 150 ms, SPEC §12)", async () => {
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const start = performance.now();
      await ingestAll();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(
      `ingest 13 years: median ${times[3]?.toFixed(1)} ms, min ${times[0]?.toFixed(1)} ms`,
    );
    expect(times.length).toBe(7);
  });
});
