// microdata.csv (SPEC §4): the cleaned, harmonised respondent-level data of every year, with
// the design variables and one `ind.<indicator>` column per indicator, so that an analyst can
// reproduce every estimate in R or SPSS without reading this code. With calibrated weights it
// also carries what the calibration needs: the design weight before calibration, each unit's
// cell of each calibration margin and that cell's population total (the frame's count), so
// R's calibrate() can redo the weights (pipeline/survey/crosscheck.R shows how). With sector
// weights, design_weight = weight and the calibration columns are blank.
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { harmonisedColumns, type Questionnaire } from "../templates/questions.js";
import type { YearDesign } from "../survey/types.js";
import type { MarginCell, MarginName } from "../survey/calibration-margins.js";
import { indicatorReader } from "./indicator-value.js";

export type MicrodataCell = string | number | null;

export interface Microdata {
  header: string[];
  /**
   * The rows, made one at a time as they are read (each time): the CSV is written from them
   * without a second copy of every respondent's answers held in memory.
   */
  rows: () => Iterable<MicrodataCell[]>;
}

const DESIGN_COLUMNS = [
  "year",
  "id",
  "sektor",
  "size_class",
  "stratum",
  "weight",
  "N_stratum",
  "panel_id",
  "design_weight",
  "cal_class",
  "N_cal_class",
  "cal_fylke",
  "N_cal_fylke",
] as const;

export function buildMicrodata(
  designs: readonly YearDesign[],
  questionnaire: Questionnaire,
  definitions: readonly IndicatorDefinition[],
): Microdata {
  const answerColumns = questionnaire.questions.flatMap((q) =>
    q.type === "text" ? [] : harmonisedColumns(q),
  );
  const textColumns = questionnaire.questions.filter((q) => q.type === "text").map((q) => q.key);
  const header = [
    ...DESIGN_COLUMNS,
    ...answerColumns,
    ...textColumns,
    ...definitions.map((d) => `ind.${d.id}`),
  ];
  const readers = definitions.map(indicatorReader);
  // Cell by cell into one array: this runs for every respondent of every year.
  const rowOf = (design: YearDesign, i: number): MicrodataCell[] => {
    const unit = design.units[i]!;
    const { values, texts } = unit.respondent;
    const cells = calibrationCells(design, i);
    const row: MicrodataCell[] = [
      unit.year,
      unit.id,
      unit.sektor,
      unit.sizeClass,
      unit.stratum,
      unit.weight,
      unit.nStratum,
      unit.panelId,
      unit.designWeight,
      cells.klasse?.label ?? null,
      cells.klasse?.N ?? null,
      cells.fylke?.label ?? null,
      cells.fylke?.N ?? null,
    ];
    for (let c = 0; c < answerColumns.length; c++) row.push(values[answerColumns[c]!] ?? null);
    for (let c = 0; c < textColumns.length; c++) row.push(texts[textColumns[c]!] ?? null);
    for (let d = 0; d < definitions.length; d++)
      row.push(unit.year < definitions[d]!.firstYear ? null : readers[d]!(values));
    return row;
  };
  function* rows(): Generator<MicrodataCell[]> {
    for (const design of designs)
      for (let i = 0; i < design.units.length; i++) yield rowOf(design, i);
  }
  return { header, rows };
}

/** The unit's cell of each calibration margin (none with sector weights). */
function calibrationCells(
  design: YearDesign,
  unit: number,
): Partial<Record<MarginName, MarginCell>> {
  const margins = design.calibration?.margins;
  const cells: Partial<Record<MarginName, MarginCell>> = {};
  if (!margins) return cells;
  for (const c of margins.unitCells[unit] ?? []) {
    const cell = margins.cells[c]!;
    cells[cell.margin] = cell;
  }
  return cells;
}
