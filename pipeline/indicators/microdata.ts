// microdata.csv (SPEC §4): the cleaned, harmonised respondent-level data of every year, with
// the design variables and one `ind.<indicator>` column per indicator, so that an analyst can
// reproduce every estimate in R or SPSS without reading this code.
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { harmonisedColumns, type Questionnaire } from "../templates/questions.js";
import type { YearDesign } from "../survey/types.js";
import { indicatorValue } from "./indicator-value.js";

export type MicrodataCell = string | number | null;

export interface Microdata {
  header: string[];
  rows: MicrodataCell[][];
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
  const rows = designs.flatMap((design) =>
    design.units.map((unit): MicrodataCell[] => {
      const { values, texts } = unit.respondent;
      return [
        unit.year,
        unit.id,
        unit.sektor,
        unit.sizeClass,
        unit.stratum,
        unit.weight,
        unit.nStratum,
        unit.panelId,
        ...answerColumns.map((column) => values[column] ?? null),
        ...textColumns.map((column) => texts[column] ?? null),
        ...definitions.map((d) => (unit.year < d.firstYear ? null : indicatorValue(d, values))),
      ];
    }),
  );
  return { header, rows };
}
