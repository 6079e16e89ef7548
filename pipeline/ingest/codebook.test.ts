import { beforeAll, describe, expect, test } from "vitest";
import type { ExportRead } from "./ingest.js";
import { readExport } from "./ingest.js";
import { readsxFiles } from "./test-helpers.js";

describe("codebook of the real SurveyXact fixtures", () => {
  let semicolon: ExportRead;
  let comma: ExportRead;
  beforeAll(async () => {
    semicolon = await readExport(readsxFiles("semicolon_ansi"));
    comma = await readExport(readsxFiles("comma_ansi"));
  });

  test("structure.csv describes 242 variables (244 in the comma export, which adds id and orgnr)", () => {
    expect(semicolon.codebook.variables.size).toBe(242);
    expect(comma.codebook.variables.size).toBe(244);
    expect(comma.codebook.variables.get("orgnr")?.questionType).toBe("Open");
  });

  test("every dataset column of the semicolon export is described", () => {
    const undescribed = semicolon.table.header.filter((v) => !semicolon.codebook.variables.has(v));
    expect(undescribed).toEqual([]);
  });

  test("multi-choice columns map through their choice value, not their suffix: v_1_14 is option 16", () => {
    const v114 = semicolon.codebook.variables.get("v_1_14");
    expect(v114).toMatchObject({
      questionName: "v_1",
      choiceValue: 16,
      choiceText: "Programmering",
    });
    expect(semicolon.codebook.variables.get("v_1_15")?.choiceValue).toBe(14);
    expect(semicolon.codebook.questions.get("v_1")?.length).toBe(16);
  });

  test("types are read: 202 Closed/Single, 34 Closed/Multiple, 6 Open/String", () => {
    const count = new Map<string, number>();
    for (const v of semicolon.codebook.variables.values()) {
      const type = `${v.questionType}/${v.subType}`;
      count.set(type, (count.get(type) ?? 0) + 1);
    }
    expect(Object.fromEntries(count)).toEqual({
      "Closed/Single": 202,
      "Closed/Multiple": 34,
      "Open/String": 6,
    });
  });

  test("labels are trimmed of their trailing spaces", () => {
    const labels = [...semicolon.codebook.labels.values()].flatMap((m) => [...m.values()]);
    expect(labels.length).toBe(1199);
    expect(labels.filter((l) => l !== l.trim())).toEqual([]);
    expect(semicolon.codebook.labels.get("s_2")?.get(2)).toBe("Kunst, design og arkitektur");
  });

  test("status variables stato_1..5 are found with their choice values and texts", () => {
    const status = semicolon.codebook.questions.get("statoverall") ?? [];
    expect(status.map((v) => [v.variableName, v.choiceValue, v.choiceText])).toEqual([
      ["stato_1", 1, "Ny"],
      ["stato_2", 2, "Distribuert"],
      ["stato_3", 3, "Noen svar"],
      ["stato_4", 4, "Gjennomført"],
      ["stato_5", 5, "Frafalt"],
    ]);
  });

  test("quoted choice texts with ; inside survive in both dialects", () => {
    for (const read of [semicolon, comma])
      expect(read.codebook.variables.get("s_11_2")?.choiceText).toBe(
        "Biologi; Kjemi; Fysikk; Geofag",
      );
  });

  test("every file's rows read = accepted + rejected", () => {
    for (const read of [semicolon, comma])
      for (const f of read.files) expect(f.rowsRead).toBe(f.rowsAccepted + f.rowsRejected);
  });
});
