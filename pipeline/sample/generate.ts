// The seeded sample input (SPEC §3.4): for every year 2008–2020 the frame and a SurveyXact
// export (dataset, structure, labels) in that year's dialect. Pure and deterministic: the same
// reference tables, questionnaire and seed give the same bytes.
//
//   frame ─→ latent maturity θ (AR(1) per panel id) ─→ intercepts solved to calibration.ts
//         ─→ statuses ─→ answers ─→ export tables ─→ dirty rows planted ─→ encoded files
import type { FrameOrganisation } from "../ingest/types.js";
import type { Questionnaire } from "../templates/questions.js";
import { questionsInYear } from "../templates/questions.js";
import { drawAnswers, vetIkkeRates } from "./answers.js";
import { plantDirtyRows, type DirtyRow } from "./dirty-rows.js";
import { encodeTable, exportDialectOf, type ExportDialect } from "./export-dialect.js";
import { exportColumns, type ExportColumn } from "./export-layout.js";
import {
  datasetRecord,
  labelsRows,
  structureRows,
  type OrganisationResponse,
} from "./export-tables.js";
import { buildFrame, frameYears } from "./frame.js";
import { frameCsv } from "./frame-csv.js";
import { solveIntercepts, type Intercepts } from "./intercepts.js";
import { latentMaturity, type LatentMaturity } from "./latent.js";
import { randomFor } from "../seeded-random.js";
import type { ReferenceTables } from "./reference.js";
import { drawStatuses } from "./status.js";
import { strangerOf } from "./stranger.js";

/**
 * The seed of the committed sample input. With ~270 respondents a year, sampling noise moves
 * the 2019→2020 change in advanced services anywhere between +10 % and +43 % from seed to seed,
 * so this seed was chosen, among 1–400, as the one whose sample estimates land closest to the
 * findings the sample is calibrated for (SPEC §3.4): +23 % in advanced services, six of ten
 * municipalities relying on manual operations, the state–municipality gaps.
 */
export const SAMPLE_SEED = 36;

export interface SampleYear {
  year: number;
  frame: FrameOrganisation[];
  dialect: ExportDialect;
  columns: ExportColumn[];
  /** Every invited organisation's status and answers, in frame order, before dirty rows. */
  responses: OrganisationResponse[];
  /** The mistakes planted in dataset.csv. */
  dirtyRows: DirtyRow[];
}

export interface Sample {
  seed: number;
  inputs: { reference: ReferenceTables; questionnaire: Questionnaire };
  /** Path relative to the input folder (`2020/dataset.csv`) → bytes. */
  files: Map<string, Buffer>;
  years: SampleYear[];
  maturity: LatentMaturity;
  intercepts: Intercepts;
}

/** What every year of a sample is drawn from: the frames, θ and the solved intercepts. */
export interface SampleBasis {
  seed: number;
  reference: ReferenceTables;
  questionnaire: Questionnaire;
  /** Year → the organisations invited that year, in file order. */
  frames: ReadonlyMap<number, readonly FrameOrganisation[]>;
  maturity: LatentMaturity;
  intercepts: Intercepts;
}

/** The basis of the sample: the frames of the reference tables and intercepts solved on them. */
export function sampleBasis(
  reference: ReferenceTables,
  questionnaire: Questionnaire,
  seed: number = SAMPLE_SEED,
): SampleBasis {
  const years = frameYears(reference);
  const frames = new Map(years.map((year) => [year, buildFrame(reference, year)]));
  const maturity = latentMaturity(frames, seed);
  const firstYearOf = (key: string) =>
    questionnaire.questions.find((q) => q.key === key)?.firstYear;
  const intercepts = solveIntercepts(frames, maturity, firstYearOf);
  return { seed, reference, questionnaire, frames, maturity, intercepts };
}

/**
 * One year of a sample: statuses, answers, the export tables with the dirty rows planted, and
 * its four files (path relative to the input folder → bytes), frame first.
 */
export function buildSampleYear(
  basis: SampleBasis,
  year: number,
): { sampleYear: SampleYear; files: Map<string, Buffer> } {
  const { seed, reference, questionnaire, frames, maturity, intercepts } = basis;
  const frame = [...(frames.get(year) ?? [])];
  const questions = questionsInYear(questionnaire, year);
  const vetIkke = vetIkkeRates(questions, seed, year);
  const context = { seed, year, maturity, intercepts, vetIkke };
  const statuses = drawStatuses(frame, year, seed);
  const responses = frame.map((organisation, i): OrganisationResponse => {
    const status = statuses[i] ?? 2;
    return {
      organisation,
      status,
      answers: drawAnswers(organisation, status, questions, context),
    };
  });

  const columns = exportColumns(questionnaire, year, seed);
  const dialect = exportDialectOf(year);
  const records = responses.map((response) => datasetRecord(columns, response, dialect));
  const completeRows = responses.flatMap((r, i) => (r.status === 4 ? [i] : []));
  const unknownOrganisation = strangerOf(
    reference,
    frame,
    frames.get(year - 1),
    randomFor(seed, "stranger", year),
  );
  const planted = plantDirtyRows(records, completeRows, {
    year,
    seed,
    columns,
    unknownOrganisation,
  });

  const header = columns.map((c) => c.name);
  const files = new Map<string, Buffer>();
  files.set(`${year}/frame.csv`, Buffer.from(frameCsv(frame), "utf8"));
  files.set(
    `${year}/dataset.csv`,
    encodeTable([header, ...planted.records], dialect, { header: true }),
  );
  files.set(
    `${year}/structure.csv`,
    encodeTable(structureRows(columns, year, seed), dialect, {
      header: true,
      phantomTrailingDelimiter: true,
    }),
  );
  files.set(
    `${year}/labels.csv`,
    encodeTable(labelsRows(columns, year, seed), dialect, { header: false }),
  );
  return {
    sampleYear: { year, frame, dialect, columns, responses, dirtyRows: planted.dirtyRows },
    files,
  };
}

export function buildSample(
  reference: ReferenceTables,
  questionnaire: Questionnaire,
  seed: number = SAMPLE_SEED,
): Sample {
  const basis = sampleBasis(reference, questionnaire, seed);
  const files = new Map<string, Buffer>();
  const years = [...basis.frames.keys()].map((year) => {
    const built = buildSampleYear(basis, year);
    for (const [relative, bytes] of built.files) files.set(relative, bytes);
    return built.sampleYear;
  });
  return {
    seed,
    inputs: { reference, questionnaire },
    files,
    years,
    maturity: basis.maturity,
    intercepts: basis.intercepts,
  };
}

/** The sample input files: path relative to the input folder → bytes. */
export function generateSample(
  reference: ReferenceTables,
  questionnaire: Questionnaire,
  seed: number = SAMPLE_SEED,
): Map<string, Buffer> {
  return buildSample(reference, questionnaire, seed).files;
}
