// A small deterministic ReportInput for the report stage's tests: three hand-written SVGs, two
// indicators over two years, two findings and this year's methodology facts.
import { readFileSync } from "node:fs";
import type { IndicatorEstimate } from "../../indicators/types.js";
import type { ReportInput } from "../../report/types.js";
import type { IndicatorDefinition } from "../../templates/indicator-definitions.js";

const read = (name: string) => readFileSync(new URL(name, import.meta.url), "utf8");

function definition(id: string, label: string, measure: "share" | "mean"): IndicatorDefinition {
  return {
    id,
    label,
    question: id,
    measure,
    codes: new Set(measure === "share" ? [3] : []),
    option: undefined,
    excluded: new Set([9]),
    firstYear: 2019,
    unit: measure === "share" ? "pct" : "scale-1-5",
  };
}

function estimate(
  indicator: string,
  year: number,
  group: IndicatorEstimate["group"],
  value: number,
  n: number,
  change: { pp: number; rel: number } | null = null,
): IndicatorEstimate {
  return {
    indicator,
    year,
    group,
    estimate: value,
    se: 0.02,
    ciLow: value - 0.04,
    ciHigh: value + 0.04,
    df: n - 3,
    n,
    nVetIkke: 3,
    N: n * 2,
    responseRate: 0.6,
    suppressed: false,
    changePp: change?.pp ?? null,
    changeRel: change?.rel ?? null,
    changeSe: change ? 0.02 : null,
    pValue: change ? 0.01 : null,
    pAdjusted: change ? 0.03 : null,
  };
}

/** 60 made-up share indicators "lang-01" … "lang-60": a table long enough to break. */
const LONG = Array.from({ length: 60 }, (_, i) => `lang-${String(i + 1).padStart(2, "0")}`);

export function testReportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  const chart = (id: string, title: string, file: string, width: number, height: number) => ({
    id,
    kind: "trend" as const,
    title,
    caption: `Grunnlag: n = 250. Kilde: IT i praksis 2020 (testdata).`,
    altText: `${title}: testfigur.`,
    spec: {},
    numbers: {
      columns: ["År", "Alle"],
      rows: [
        ["2019", "27 %"],
        ["2020", "33 %"],
      ],
    },
    svg: read(file),
    width,
    height,
  });
  return {
    year: 2020,
    isSample: true,
    template: { file: "pipeline/testdata/report/template.md", text: read("template.md") },
    definitions: [
      definition("avanserte-tjenester", "Avanserte innbyggertjenester", "share"),
      definition("markedssamarbeid", "Samarbeid med markedet", "mean"),
      ...LONG.map((id, i) => definition(id, `Lang tabell, rad ${i + 1}`, "share")),
    ],
    estimates: [
      estimate("avanserte-tjenester", 2019, "alle", 0.27, 240),
      estimate("avanserte-tjenester", 2020, "alle", 0.332, 250, { pp: 6.2, rel: 22.96 }),
      estimate("avanserte-tjenester", 2019, "kommune", 0.22, 150),
      estimate("avanserte-tjenester", 2020, "kommune", 0.29, 160, { pp: 7, rel: 31.8 }),
      estimate("markedssamarbeid", 2020, "alle", 2.94, 245, { pp: -0.02, rel: -0.7 }),
      ...LONG.map((id, i) => estimate(id, 2020, "alle", 0.1 + i / 100, 200 + i)),
      { ...estimate("markedssamarbeid", 2020, "kommune", 2.5, 3), suppressed: true, estimate: null },
    ],
    charts: [
      chart("trend", "Avanserte innbyggertjenester etter sektor, 2018–2020", "trend.svg", 460, 240),
      chart("bars", "Avanserte tjenester etter sektor, 2020", "bars.svg", 420, 180),
      chart("tall", "En høy figur som ikke får plass nederst på en side", "tall.svg", 480, 520),
    ],
    findings: [
      {
        id: "tjenester",
        title: "Flere avanserte tjenester",
        text: "Andelen med avanserte tjenester økte med 6 prosentpoeng fra 2019 til 2020.",
        numbers: { changePp: 0.062 },
      },
      {
        id: "marked",
        title: "Samarbeidet med markedet står stille",
        text: "Gjennomsnittet er 2,9 på en skala fra 1 til 5, som året før.",
        numbers: { mean: 2.94 },
      },
    ],
    methodology: {
      strata: [
        { stratum: "stat", N: 180, complete: 120, partial: 6, responseRate: 0.7 },
        { stratum: "kommune", N: 356, complete: 190, partial: 6, responseRate: 0.55 },
        { stratum: "fylkeskommune", N: 11, complete: 8, partial: 1, responseRate: 9 / 11 },
      ],
      panelEffect: [
        {
          indicator: "avanserte-tjenester",
          label: "Avanserte innbyggertjenester",
          changeSe: 1.77,
          independentSe: 2.65,
        },
        {
          indicator: "kompetanse-tilstrekkelig",
          label: "Tilstrekkelig digital kompetanse",
          changeSe: 1.9,
          independentSe: 2.5,
        },
      ],
      rowsRead: 335,
      rowsAccepted: 331,
      rowsRejected: 4,
      rejectsByCode: [
        { code: "DUPLICATE_RESPONDENT", count: 1 },
        { code: "ORGNR_CHECKSUM", count: 2 },
        { code: "ID_NOT_IN_FRAME", count: 1 },
      ],
      yearsCovered: [2019, 2020],
      weighting: "calibrated",
      calibration: {
        cells: [
          { margin: "klasse", label: "stat", members: ["stat"], N: 180, n: 120, before: 180, after: 180 },
          { margin: "klasse", label: "kommune-<5k", members: ["kommune-<5k"], N: 174, n: 80, before: 190.2, after: 174 },
          {
            margin: "klasse",
            label: "kommune-5-20k+kommune->50k",
            members: ["kommune-5-20k", "kommune->50k"],
            N: 182,
            n: 110,
            before: 165.8,
            after: 182,
          },
          { margin: "fylke", label: "03+11", members: ["03", "11"], N: 24, n: 14, before: 25.1, after: 24 },
          { margin: "fylke", label: "15", members: ["15"], N: 332, n: 176, before: 330.9, after: 332 },
        ],
        spread: [
          { group: "stat", n: 120, min: 1.5, max: 1.5, designEffect: 1 },
          { group: "kommune", n: 190, min: 1.52, max: 2.31, designEffect: 1.034 },
          { group: "alle", n: 318, min: 1.3, max: 2.31, designEffect: 1.09 },
        ],
        dropped: undefined,
      },
      calibrationEffect: [
        {
          finding: "tjenester",
          indicator: "avanserte-tjenester",
          label: "Avanserte innbyggertjenester",
          group: "alle",
          measure: "share",
          calibrated: 0.3312,
          sector: 0.3198,
          change: { calibrated: 0.061, sector: 0.058 },
        },
        {
          finding: "marked",
          indicator: "markedssamarbeid",
          label: "Samarbeid med markedet",
          group: "kommune",
          measure: "mean",
          calibrated: 2.861,
          sector: 2.844,
          change: undefined,
        },
      ],
      families: [
        { family: "changes", tested: 168, unadjusted: 30, significant: 9 },
        { family: "gaps", tested: 63, unadjusted: 25, significant: 18 },
      ],
    },
    ...overrides,
  };
}
