import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { formatValidation, validate, type ValidationReport } from "./validate.js";

const YEARS = Array.from({ length: 13 }, (_, i) => 2008 + i);
const present = YEARS.every((year) => existsSync(`input/${year}/dataset.csv`));

describe.skipIf(!present)("itip validate on the sample input", () => {
  let report: ValidationReport;
  beforeAll(async () => {
    report = await validate("input", "templates", YEARS);
  });

  test("every file of every year is listed with its dialect and rows read = accepted + rejected", () => {
    expect(report.files).toHaveLength(13 * 4);
    expect(report.files[0]).toEqual({
      file: "2008/dataset.csv",
      encoding: "windows-1252",
      delimiter: ";",
      rows: 540,
      accepted: 537,
      rejected: 3,
    });
    expect(report.files.at(-4)).toMatchObject({ encoding: "utf-16le", delimiter: "tab" });
    for (const f of report.files) expect(f.rows).toBe(f.accepted + f.rejected);
  });

  test("the planted dirty rows are rejects, not errors: ok without --strict, not ok with it", async () => {
    expect(report.errors).toEqual([]);
    expect(report.rejects.length).toBeGreaterThan(13 * 3);
    expect(report.ok).toBe(true);
    expect((await validate("input", "templates", [2020], { strict: true })).ok).toBe(false);
  });

  test("--json has the shape of SPEC §8", () => {
    expect(Object.keys(report)).toEqual(["ok", "files", "errors", "rejects", "notices"]);
    expect(Object.keys(report.rejects[0] ?? {})).toEqual([
      "file",
      "line",
      "column",
      "code",
      "message",
      "raw",
    ]);
  });

  test("the text summary: one line per file, then every problem as file:line:column CODE: message", () => {
    const text = formatValidation(report).split("\n");
    expect(text[0]).toBe(
      "file                encoding      delim  rows  accepted  rejected  errors",
    );
    expect(text[1]).toBe(
      "2008/dataset.csv    windows-1252  ;       540       537         3       0",
    );
    expect(text[53]).toMatch(/^2008\/dataset\.csv:\d+:\d+ ROW_[A-Z_]+: /);
    expect(text.at(-1)).toMatch(
      /^0 file errors, \d+ rows rejected, \d+ cells blanked, 0 notices: ok$/,
    );
  });
});

describe.skipIf(!present)("itip validate with a broken year", () => {
  let input: string;
  beforeAll(() => {
    input = mkdtempSync(path.join(tmpdir(), "itip-validate-"));
    for (const year of [2019, 2020])
      cpSync(`input/${year}`, path.join(input, String(year)), { recursive: true });
    // 2019's labels saved as UTF-16 without a byte order mark.
    writeFileSync(path.join(input, "2019/labels.csv"), Buffer.from("s_1,1,Ja\n", "utf16le"));
  });
  afterAll(() => rmSync(input, { recursive: true, force: true }));

  test("the file-level error is listed with its place; the other year is still validated", async () => {
    const report = await validate(input, "templates", [2019, 2020]);
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      {
        file: "2019/labels.csv",
        line: 1,
        column: 2,
        code: "INPUT_NUL_BYTES",
        message:
          "The file contains NUL bytes: probably UTF-16 without a byte order mark. Save it as UTF-16LE with BOM, UTF-8 or Windows-1252.",
      },
    ]);
    expect(report.files.map((f) => f.file)).toEqual([
      "2020/dataset.csv",
      "2020/structure.csv",
      "2020/labels.csv",
      "2020/frame.csv",
    ]);
    expect(formatValidation(report).split("\n").slice(0, 3)).toEqual([
      "file                encoding  delim  rows  accepted  rejected  errors",
      "2019/labels.csv     -         -         -         -         -       1",
      "2020/dataset.csv    utf-16le  tab     458       453         5       0",
    ]);
  });

  const cli = "dist/itip.mjs";
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, "validate", ...args], { encoding: "utf8" });

  test.skipIf(!existsSync(cli))("through the compiled CLI: exit 1 and the JSON report", () => {
    const child = run("--all", "--json", "--input", input);
    expect(child.status).toBe(1);
    const json = JSON.parse(child.stdout) as ValidationReport;
    expect(json.errors.map((e) => e.code)).toEqual(["INPUT_NUL_BYTES"]);
    expect(json.files).toHaveLength(4);
  });

  test.skipIf(!existsSync(cli))(
    "exit 0 when ok, 1 with --strict and rejects, 2 for a bad option",
    () => {
      expect(run("--year", "2020", "--input", input).status).toBe(0);
      expect(run("--year", "2020", "--input", input, "--strict").status).toBe(1);
      const bad = run("--year", "2020", "--input", input, "--encoding", "latin1");
      expect(bad.status).toBe(2);
      expect(bad.stderr).toBe(
        "USAGE: --encoding latin1 would lose €, – and the quotes of Windows; use --encoding windows-1252. Run `itip --help` for usage.\n",
      );
    },
  );

  test("overrides (--encoding, --delimiter) reach the ingest", async () => {
    // Read as Windows-1252, the UTF-16 export of 2020 has NUL characters.
    const cp1252 = await validate(input, "templates", [2020], {
      overrides: { encoding: "windows-1252" },
    });
    expect(cp1252.errors.map((e) => e.code)).toEqual(["INPUT_NUL_BYTES"]);
    const comma = await validate(input, "templates", [2020], { overrides: { delimiter: "," } });
    expect(comma.errors.map((e) => e.code)).toEqual(["INPUT_COLUMN_MISSING"]);
  });
});
