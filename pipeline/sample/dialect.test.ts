import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { exportDialectOf, type ExportDialect } from "./export-dialect.js";
import type { SampleYear } from "./generate.js";
import { committedSample } from "./test-sample.js";

function fileOf(files: ReadonlyMap<string, Buffer>, name: string): Buffer {
  const bytes = files.get(name);
  if (!bytes) throw new Error(`${name} was not generated`);
  return bytes;
}

function decode(bytes: Buffer, dialect: ExportDialect): string {
  if (dialect.encoding === "windows-1252") return iconv.decode(bytes, "windows-1252");
  if (dialect.encoding === "utf-8-bom") return bytes.subarray(3).toString("utf8");
  return iconv.decode(bytes.subarray(2), "utf-16le");
}

function records(bytes: Buffer, dialect: ExportDialect): string[][] {
  return parse(decode(bytes, dialect), {
    delimiter: dialect.delimiter,
    relax_column_count: true,
  }) as string[][];
}

describe("export dialects", () => {
  it("writes 2008–2017 in Windows-1252 with ';', LF and decimal comma", async () => {
    const { files } = await committedSample();
    const dataset = fileOf(files, "2015/dataset.csv");
    expect(dataset.includes(0xf8)).toBe(true); // ø in Windows-1252
    expect(dataset.includes(Buffer.from("ø", "utf8"))).toBe(false);
    expect(dataset.includes(Buffer.from("\r\n"))).toBe(false);
    const text = iconv.decode(dataset, "windows-1252");
    expect(text.split("\n")[0]?.startsWith("id;orgnr;")).toBe(true);
    expect(text).toMatch(/;\d+,\d+;/); // an Open/Double answer such as 4,5
    expect(exportDialectOf(2008)).toEqual(exportDialectOf(2017));
  });

  it("writes 2018–2019 in UTF-8 with BOM, ',' and decimal point, with the phantom trailing delimiter on structure rows", async () => {
    const { files } = await committedSample();
    const dataset = fileOf(files, "2019/dataset.csv");
    expect([...dataset.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = dataset.subarray(3).toString("utf8");
    expect(text.startsWith("id,orgnr,")).toBe(true);
    expect(text).toMatch(/,\d+\.\d+,/);
    const structure = fileOf(files, "2019/structure.csv").subarray(3).toString("utf8").split("\n");
    expect(structure[0]).toBe(
      "questionName,variableName,questionType,subType,questionText,choiceValue,choiceText",
    );
    expect(structure[1]).toBe("id,id,Open,String,Kontaktopplysninger - id,,,");
  });

  it("writes 2020 in UTF-16LE with BOM, tab and CRLF", async () => {
    const { files } = await committedSample();
    const dataset = fileOf(files, "2020/dataset.csv");
    expect([...dataset.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const text = iconv.decode(dataset.subarray(2), "utf-16le");
    expect(text.startsWith("id\torgnr\t")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "").includes("\n")).toBe(false);
  });

  it("gives labels.csv no header row, and 'Vet ikke' and some trailing spaces as in real exports", async () => {
    const { files, years } = await committedSample();
    const year = years.find((y) => y.year === 2016) as SampleYear;
    const labels = records(fileOf(files, "2016/labels.csv"), year.dialect);
    expect(labels[0]?.[0]).not.toBe("variable");
    expect(labels).toContainEqual(["s_8", "9", expect.stringMatching(/^Vet ikke ?$/)]);
    expect(labels.some(([, , label]) => label?.endsWith(" "))).toBe(true);
    expect(labels).toContainEqual(["stato_4", "1", "Valgt"]);
  });

  it("reads back every comment exactly, whatever it holds (;  ,  quotes, line breaks, æøå, =)", async () => {
    const { files, years } = await committedSample();
    const special = { quote: 0, lineBreak: 0, formula: 0 };
    for (const y of years) {
      const rows = records(fileOf(files, `${y.year}/dataset.csv`), y.dialect);
      const header = rows[0] ?? [];
      const comment = header.indexOf("kommenta");
      const byId = new Map(rows.slice(1).map((row) => [row[0], row[comment]]));
      for (const r of y.responses) {
        const answer = r.answers.get("kommentar");
        const written = byId.get(r.organisation.id)?.replaceAll("\r\n", "\n");
        expect(written).toBe(answer?.kind === "text" ? answer.text : "");
        if (answer?.kind !== "text") continue;
        if (answer.text.includes('"')) special.quote++;
        if (answer.text.includes("\n")) special.lineBreak++;
        if (/^[=+\-@]/.test(answer.text)) special.formula++;
      }
    }
    expect(special.quote).toBeGreaterThan(10);
    expect(special.lineBreak).toBeGreaterThan(10);
    expect(special.formula).toBeGreaterThan(5);
  });

  it("maps every multi-choice column to its option through structure.csv; suffixes are not always the value", async () => {
    const { files, years } = await committedSample();
    let shuffledYears = 0;
    for (const y of years) {
      const structure = records(fileOf(files, `${y.year}/structure.csv`), y.dialect);
      const multi = structure.filter((row) => row[3] === "Multiple" && row[0] !== "statoverall");
      expect(multi.length).toBeGreaterThan(0);
      if (multi.some(([q, variable, , , , value]) => variable !== `${q}_${value}`)) shuffledYears++;
    }
    expect(shuffledYears).toBeGreaterThanOrEqual(5);
    expect(shuffledYears).toBeLessThan(years.length);
  });
});
