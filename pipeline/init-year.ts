// `itip init-year <year>` (SPEC §8): starts next year's input folder. It creates `<input>/<year>/`
// with the newest earlier year's frame.csv copied byte for byte (so every organisation keeps its
// id and panel_id and can be followed across years), and says what to check next. Deciding is
// pure (`previousYear`, `nextSteps`); the file system is touched only in `initYear`.
import { constants } from "node:fs";
import { copyFile, mkdir, readdir, rm } from "node:fs/promises";
import { pathExists } from "./path-exists.js";
import path from "node:path";
import { ExitCode, ItipError } from "./errors.js";

export const InitYearCode = {
  exists: "INIT_YEAR_EXISTS",
  noPrevious: "INIT_YEAR_NO_PREVIOUS",
} as const;

const FRAME = "frame.csv";
/** The sample's marker in the input folder (see input/EKSEMPELDATA.md). */
export const SAMPLE_MARKER = "EKSEMPELDATA.md";

const message = {
  exists: (year: number) =>
    `the folder ${year}/ already exists in the input folder; init-year only starts a new year. Put the export files in it by hand, or choose another year.`,
  noInput: () =>
    "the input folder does not exist, so there is no earlier year to copy frame.csv from. Pass --input <dir>, or run `itip sample` to create the sample input.",
  noPrevious: (year: number) =>
    `there is no year folder before ${year} in the input folder to copy frame.csv from. Create ${year}/ by hand with dataset.csv, structure.csv, labels.csv and frame.csv (README, "Adding next year's export"), or check --input.`,
  noPreviousFrame: (year: number, previous: number) =>
    `${previous}/, the newest year before ${year}, has no frame.csv to start ${year}'s frame from. Restore ${previous}/frame.csv, or create ${year}/ by hand.`,
} as const;

/** The newest of `years` before `year`; undefined if there is none. */
export function previousYear(years: readonly number[], year: number): number | undefined {
  let found: number | undefined;
  for (const y of years) if (y < year && (found === undefined || y > found)) found = y;
  return found;
}

export interface NextStepsInput {
  year: number;
  previousYear: number;
  /** The input folder and templates folder as the user wrote them (shown, never opened). */
  inputDir: string;
  templatesDir: string;
  /** The options to repeat in the suggested commands (e.g. `--input other`), if any. */
  commandOptions?: string;
  /** The input folder holds the sample's marker file. */
  sampleMarker: boolean;
}

/** What to do after init-year, in order, as lines to print. */
export function nextSteps(input: NextStepsInput): string[] {
  const { year, previousYear: previous } = input;
  const dir = `${path.join(input.inputDir, String(year))}/`;
  const templates = (name: string) => path.join(input.templatesDir, name);
  const options = input.commandOptions ? ` ${input.commandOptions}` : "";
  const lines = [
    `created ${dir} with ${FRAME} copied from ${path.join(input.inputDir, String(previous), FRAME)} (every organisation keeps its id and panel_id)`,
    "",
    "Next:",
    `  1. Put dataset.csv, structure.csv and labels.csv, exported from SurveyXact, in ${dir}`,
    `  2. Check ${path.join(dir, FRAME)}: organisations added, closed or merged since ${previous}; befolkning and size_class.`,
    `  3. In ${templates("questions.yaml")}, declare renamed variables ("${year}: <new name>" under variables), ended questions ("last_year: ${previous}"), questions not asked in ${year} ("not_asked: [${year}]") and new questions ("first_year: ${year}").`,
    `  4. Add new indicators to ${templates("indicators.yaml")}.`,
    `  5. Run npx itip validate --year ${year}${options}, then npx itip build --year ${year}${options}.`,
  ];
  if (input.sampleMarker)
    lines.push(
      "",
      `${path.join(input.inputDir, SAMPLE_MARKER)} marks the input folder as sample data: delete it once ${dir} holds real answers.`,
    );
  return lines;
}

export interface InitYearResult {
  year: number;
  previousYear: number;
  /** The folder created and the frame copied into it. */
  directory: string;
  frame: string;
  /** The input folder holds input/EKSEMPELDATA.md (the sample's marker). */
  sampleMarker: boolean;
}

/**
 * Creates `<inputDir>/<year>/` with the newest earlier year's frame.csv. Refuses with
 * INIT_YEAR_EXISTS if the folder is there, INIT_YEAR_NO_PREVIOUS if no earlier year (with a
 * frame) is; on refusal nothing is written.
 */
export async function initYear(options: {
  inputDir: string;
  year: number;
}): Promise<InitYearResult> {
  const { inputDir, year } = options;
  const directory = path.join(inputDir, String(year));
  const refuse = (code: string, text: string, file: string) =>
    new ItipError(code, text, { exitCode: ExitCode.usage, location: { file } });

  let entries: Array<{ name: string; isDirectory(): boolean }>;
  try {
    entries = await readdir(inputDir, { withFileTypes: true });
  } catch (error) {
    throw new ItipError(InitYearCode.noPrevious, message.noInput(), {
      exitCode: ExitCode.usage,
      location: { file: inputDir },
      cause: error,
    });
  }
  if (entries.some((e) => e.name === String(year)))
    throw refuse(InitYearCode.exists, message.exists(year), directory);
  const years = entries
    .filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name))
    .map((e) => Number(e.name));
  const previous = previousYear(years, year);
  if (previous === undefined)
    throw refuse(InitYearCode.noPrevious, message.noPrevious(year), inputDir);
  const source = path.join(inputDir, String(previous), FRAME);
  if (!(await pathExists(source)))
    throw refuse(InitYearCode.noPrevious, message.noPreviousFrame(year, previous), source);

  try {
    await mkdir(directory);
  } catch (error) {
    // Created between the check and now.
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      throw refuse(InitYearCode.exists, message.exists(year), directory);
    throw error;
  }
  const frame = path.join(directory, FRAME);
  try {
    await copyFile(source, frame, constants.COPYFILE_EXCL);
  } catch (error) {
    // Leave no half-made year behind.
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
  return {
    year,
    previousYear: previous,
    directory,
    frame,
    sampleMarker: await pathExists(path.join(inputDir, SAMPLE_MARKER)),
  };
}
