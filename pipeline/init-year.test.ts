import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { caught } from "./ingest/test-helpers.js";
import { initYear, nextSteps, previousYear } from "./init-year.js";

const present = existsSync("input/2019/frame.csv") && existsSync("input/2020/frame.csv");

/** A temp input folder with the sample's 2019 and 2020 frames and its marker. */
function copyInput(): string {
  const input = mkdtempSync(path.join(tmpdir(), "itip-init-year-"));
  for (const year of [2019, 2020]) {
    mkdirSync(path.join(input, String(year)));
    cpSync(`input/${year}/frame.csv`, path.join(input, `${year}/frame.csv`));
  }
  cpSync("input/EKSEMPELDATA.md", path.join(input, "EKSEMPELDATA.md"));
  return input;
}

describe.skipIf(!present)("itip init-year", () => {
  let input: string;
  beforeEach(() => {
    input = copyInput();
  });
  afterEach(() => rmSync(input, { recursive: true, force: true }));

  test("creates the year's folder with the newest earlier year's frame.csv, byte for byte", async () => {
    const result = await initYear({ inputDir: input, year: 2021 });
    expect(result).toEqual({
      year: 2021,
      previousYear: 2020,
      directory: path.join(input, "2021"),
      frame: path.join(input, "2021/frame.csv"),
      sampleMarker: true,
    });
    expect(readdirSync(path.join(input, "2021"))).toEqual(["frame.csv"]);
    expect(
      readFileSync(path.join(input, "2021/frame.csv")).equals(readFileSync("input/2020/frame.csv")),
    ).toBe(true);
  });

  test("after a gap it copies from the newest year there is", async () => {
    expect((await initYear({ inputDir: input, year: 2023 })).previousYear).toBe(2020);
  });

  test("refuses a folder that exists (INIT_YEAR_EXISTS, exit 2) and leaves it alone", async () => {
    writeFileSync(path.join(input, "2020/dataset.csv"), "mine");
    const error = await caught(() => initYear({ inputDir: input, year: 2020 }));
    expect(error.format()).toBe(
      `${path.join(input, "2020")} INIT_YEAR_EXISTS: the folder 2020/ already exists in the input folder; init-year only starts a new year. Put the export files in it by hand, or choose another year.`,
    );
    expect(error.exitCode).toBe(2);
    expect(readFileSync(path.join(input, "2020/dataset.csv"), "utf8")).toBe("mine");
  });

  test("refuses when there is no earlier year (INIT_YEAR_NO_PREVIOUS, exit 2), writing nothing", async () => {
    const error = await caught(() => initYear({ inputDir: input, year: 2018 }));
    expect(error.format()).toBe(
      `${input} INIT_YEAR_NO_PREVIOUS: there is no year folder before 2018 in the input folder to copy frame.csv from. Create 2018/ by hand with dataset.csv, structure.csv, labels.csv and frame.csv (README, "Adding next year's export"), or check --input.`,
    );
    expect(error.exitCode).toBe(2);
    expect(existsSync(path.join(input, "2018"))).toBe(false);
  });

  test("refuses when the newest earlier year has no frame.csv, or there is no input folder", async () => {
    rmSync(path.join(input, "2020/frame.csv"));
    const noFrame = await caught(() => initYear({ inputDir: input, year: 2021 }));
    expect(noFrame.code).toBe("INIT_YEAR_NO_PREVIOUS");
    expect(noFrame.message).toBe(
      "2020/, the newest year before 2021, has no frame.csv to start 2021's frame from. Restore 2020/frame.csv, or create 2021/ by hand.",
    );
    expect(existsSync(path.join(input, "2021"))).toBe(false);
    const noInput = await caught(() =>
      initYear({ inputDir: path.join(input, "nowhere"), year: 2021 }),
    );
    expect(noInput.code).toBe("INIT_YEAR_NO_PREVIOUS");
  });

  const cli = "dist/itip.mjs";
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, "init-year", ...args], { encoding: "utf8" });

  test.skipIf(!existsSync(cli))(
    "through the compiled CLI: the folder, then what to do next",
    () => {
      const child = run("2021", "--input", input);
      expect(child.status).toBe(0);
      expect(child.stdout).toBe("");
      const dir = `${input}/2021/`;
      expect(child.stderr.split("\n")).toEqual([
        `created ${dir} with frame.csv copied from ${input}/2020/frame.csv (every organisation keeps its id and panel_id)`,
        "",
        "Next:",
        `  1. Put dataset.csv, structure.csv and labels.csv, exported from SurveyXact, in ${dir}`,
        `  2. Check ${dir}frame.csv: organisations added, closed or merged since 2020; befolkning and size_class.`,
        '  3. In templates/questions.yaml, declare renamed variables ("2021: <new name>" under variables), ended questions ("last_year: 2020"), questions not asked in 2021 ("not_asked: [2021]") and new questions ("first_year: 2021").',
        "  4. Add new indicators to templates/indicators.yaml.",
        `  5. Run npx itip validate --year 2021 --input ${input}, then npx itip build --year 2021 --input ${input}.`,
        "",
        `${input}/EKSEMPELDATA.md marks the input folder as sample data: delete it once ${dir} holds real answers.`,
        "",
      ]);
      const again = run("2021", "--input", input);
      expect(again.status).toBe(2);
      expect(again.stderr).toMatch(/^\S+ INIT_YEAR_EXISTS: the folder 2021\/ already exists/);
    },
  );

  test.skipIf(!existsSync(cli))(
    "through the compiled CLI: a year that is not a year is a usage error",
    () => {
      const child = run("next", "--input", input);
      expect(child.status).toBe(2);
      expect(child.stderr).toBe(
        'USAGE: the year must be a year like 2020, not "next". Run `itip --help` for usage.\n',
      );
      expect(run("--input", input).status).toBe(2);
    },
  );
});

describe("what init-year says", () => {
  test("previousYear: the newest year before, or none", () => {
    expect(previousYear([2019, 2008, 2020], 2021)).toBe(2020);
    expect(previousYear([2019, 2008, 2020], 2010)).toBe(2008);
    expect(previousYear([2019, 2020], 2019)).toBeUndefined();
    expect(previousYear([], 2021)).toBeUndefined();
  });

  test("without the sample's marker there is no note about it; the default folders need no options", () => {
    const lines = nextSteps({
      year: 2021,
      previousYear: 2020,
      inputDir: "input",
      templatesDir: "templates",
      sampleMarker: false,
    });
    expect(lines[0]).toBe(
      "created input/2021/ with frame.csv copied from input/2020/frame.csv (every organisation keeps its id and panel_id)",
    );
    expect(lines.at(-1)).toBe(
      "  5. Run npx itip validate --year 2021, then npx itip build --year 2021.",
    );
  });
});
