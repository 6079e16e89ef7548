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
import { indicatorValue } from "./indicator-value.js";

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
  const row = (design: YearDesign, unit: YearDesign["units"][number], i: number) => {
    const { values, texts } = unit.respondent;
    const cells = calibrationCells(design, i);
    return [
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
      ...answerColumns.map((column) => values[column] ?? null),
      ...textColumns.map((column) => texts[column] ?? null),
      ...definitions.map((d) => (unit.year < d.firstYear ? null : indicatorValue(d, values))),
    ] satisfies MicrodataCell[];
  };
  function* rows(): Generator<MicrodataCell[]> {
    for (const design of designs)
      for (const [i, unit] of design.units.entries()) yield row(design, unit, i);
  }
  return { header, rows };
}

/** The unit's cell of each calibration margin (none with sector weights). */
function calibrationCells(
  design: YearDesign,
  unit: number,
): Partial<Record<MarginName, MarginCell>> {
  const margins = design.calibration?.margins;
  if (!margins) return {};
  const cells = (margins.unitCells[unit] ?? []).map((c) => margins.cells[c]!);
  return Object.fromEntries(cells.map((cell) => [cell.margin, cell]));
}
