import { describe, expect, test } from "vitest";
import { parseFrame } from "./frame.js";
import { readTable } from "./read-table.js";

const HEADER = "id,orgnr,navn,sektor,fylke,kommunenummer,befolkning,size_class,panel_id";
const frameOf = async (...rows: string[]) =>
  parseFrame(
    await readTable([HEADER, ...rows].join("\n"), { file: "2020/frame.csv", delimiter: "," }),
    ",",
  );

describe("parseFrame", () => {
  test("a valid row becomes an organisation; an empty panel_id falls back to the id", async () => {
    const { frame, rejects } = await frameOf(
      "K1,840098222,Agdenes kommune,kommune,Trøndelag,5016,1650,kommune-<5k,",
    );
    expect(rejects).toEqual([]);
    expect(frame[0]?.panelId).toBe("K1");
  });

  test("an unknown sector, size class, number or bad orgnr rejects the row with its column", async () => {
    const { frame, rejects } = await frameOf(
      "K1,840098222,A,kommuner,T,5016,1650,kommune-<5k,P",
      "K2,840098222,A,kommune,T,5016,1650,kommune-10k,P",
      "K3,840098222,A,kommune,T,5016,1 650,kommune-<5k,P",
      "K4,840098223,A,kommune,T,5016,1650,kommune-<5k,P",
      "K4,840098222,A,kommune,T,5016,1650,kommune-<5k,P",
      "K4,840098222,A,kommune,T,5016,1650,kommune-<5k,P",
    );
    expect(rejects.map((r) => [r.line, r.column, r.code])).toEqual([
      [2, 4, "ROW_SECTOR_INVALID"],
      [3, 8, "ROW_SIZE_CLASS_INVALID"],
      [4, 7, "ROW_FRAME_FIELD_INVALID"],
      [5, 2, "ROW_ORGNR_CHECKSUM"],
      [7, 1, "ROW_DUPLICATE_ID"],
    ]);
    expect(frame.map((o) => o.id)).toEqual(["K4"]);
    expect(rejects[0]?.message).toBe(
      'The sector "kommuner" is not one of stat, kommune, fylkeskommune. Correct frame.csv.',
    );
  });

  test("a frame without a required column is INPUT_COLUMN_MISSING", async () => {
    const table = await readTable("id,orgnr\n1,2\n", { file: "2020/frame.csv", delimiter: "," });
    expect(() => parseFrame(table, ",")).toThrow(/required column "navn" is missing/);
  });
});
