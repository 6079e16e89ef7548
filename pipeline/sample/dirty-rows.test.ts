import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { ExportDialect } from "./export-dialect.js";
import { hasValidOrgnrChecksum } from "./orgnr-checksum.js";
import { committedSample } from "./test-sample.js";

function decode(bytes: Buffer, dialect: ExportDialect): string {
  if (dialect.encoding === "windows-1252") return iconv.decode(bytes, "windows-1252");
  if (dialect.encoding === "utf-8-bom") return bytes.subarray(3).toString("utf8");
  return iconv.decode(bytes.subarray(2), "utf-16le");
}

interface ParsedRecord {
  line: number;
  cells: string[];
}

/** Records with the physical line each starts on: a record spans 1 + its inner line breaks. */
function recordsWithLines(text: string, delimiter: string): ParsedRecord[] {
  const parsed = parse(text, { delimiter }) as string[][];
  let line = 1;
  return parsed.map((cells) => {
    const record = { line, cells };
    line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    return record;
  });
}

describe("dirty rows", () => {
  it("plants 4 to 8 each year, always a duplicate, a bad orgnr, an unknown id and a code out of range", async () => {
    const { years } = await committedSample();
    const counts = new Set<number>();
    for (const y of years) {
      const kinds = y.dirtyRows.map((d) => d.kind);
      expect(kinds).toEqual(
        expect.arrayContaining(["duplicate-id", "bad-orgnr", "unknown-id", "code-out-of-range"]),
      );
      expect(kinds.length).toBeGreaterThanOrEqual(4);
      expect(kinds.length).toBeLessThanOrEqual(8);
      expect(new Set(kinds).size).toBe(kinds.length);
      counts.add(kinds.length);
    }
    expect(counts.size).toBeGreaterThan(2);
    const kinds = new Set(years.flatMap((y) => y.dirtyRows.map((d) => d.kind)));
    expect([...kinds].sort()).toEqual([
      "bad-orgnr",
      "code-out-of-range",
      "duplicate-id",
      "label-for-code",
      "multi-not-binary",
      "status-no-flag",
      "status-several-flags",
      "unknown-id",
    ]);
  });

  it("points each planted row at the line where its record starts, holding the planted value", async () => {
    const { files, years } = await committedSample();
    for (const y of years) {
      const text = decode(files.get(`${y.year}/dataset.csv`) ?? Buffer.alloc(0), y.dialect);
      const [header, ...rows] = recordsWithLines(text, y.dialect.delimiter);
      const byLine = new Map(rows.map((r) => [r.line, r.cells]));
      for (const dirty of y.dirtyRows) {
        const cells = byLine.get(dirty.line);
        expect(cells, `${dirty.file}:${dirty.line}`).toBeDefined();
        expect(cells?.[0]).toBe(dirty.id);
        expect(rows[dirty.record - 1]?.line).toBe(dirty.line);
        if (dirty.column !== null)
          expect(cells?.[header?.cells.indexOf(dirty.column) ?? -1]).toBe(dirty.value);
      }
    }
  });

  it("makes each mistake what it says it is", async () => {
    const { files, years } = await committedSample();
    for (const y of years) {
      const text = decode(files.get(`${y.year}/dataset.csv`) ?? Buffer.alloc(0), y.dialect);
      const [, ...rows] = recordsWithLines(text, y.dialect.delimiter);
      const frameIds = new Set(y.frame.map((o) => o.id));
      const status = (cells: string[]) => cells.slice(-5);
      for (const dirty of y.dirtyRows) {
        const cells = rows[dirty.record - 1]?.cells ?? [];
        const earlier = rows.slice(0, dirty.record - 1).filter((r) => r.cells[0] === dirty.id);
        switch (dirty.kind) {
          case "duplicate-id":
            expect(earlier).toHaveLength(1);
            break;
          case "unknown-id":
            expect(frameIds.has(dirty.id)).toBe(false);
            break;
          case "bad-orgnr":
            expect(hasValidOrgnrChecksum(dirty.value)).toBe(false);
            expect(y.frame.find((o) => o.id === dirty.id)?.orgnr).not.toBe(dirty.value);
            break;
          case "status-no-flag":
            expect(status(cells)).toEqual(["0", "0", "0", "0", "0"]);
            break;
          case "status-several-flags":
            expect(status(cells).filter((flag) => flag === "1")).toHaveLength(2);
            break;
          default:
            expect(["7", "2", "Enig", "Uenig", "Svært enig"]).toContain(dirty.value);
        }
        if (dirty.kind !== "duplicate-id") expect(earlier).toHaveLength(0);
      }
    }
  });

  it("leaves every other row clean: one per invited organisation, with the frame's orgnr", async () => {
    const { files, years } = await committedSample();
    for (const y of years) {
      const text = decode(files.get(`${y.year}/dataset.csv`) ?? Buffer.alloc(0), y.dialect);
      const [, ...rows] = recordsWithLines(text, y.dialect.delimiter);
      const added = new Set(
        y.dirtyRows
          .filter((d) => d.kind === "duplicate-id" || d.kind === "unknown-id")
          .map((d) => d.record),
      );
      const planted = new Set(y.dirtyRows.map((d) => d.record));
      const orgnrs = new Map(y.frame.map((o) => [o.id, o.orgnr ?? ""]));
      const invited = rows.filter((_, i) => !added.has(i + 1));
      expect(invited.map((r) => r.cells[0])).toEqual([...orgnrs.keys()]);
      for (const r of rows.filter((_, i) => !planted.has(i + 1)))
        expect(r.cells[1]).toBe(orgnrs.get(r.cells[0] ?? ""));
    }
  });
});
