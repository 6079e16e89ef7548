// The facts the methodology appendix states about one year: frame and response by sector, the
// weighting (the calibration margins before and after, the spread of the weights, how much
// calibration moved the headline numbers), the families of tests, and what happened to the
// rows of the dataset.
import type { IngestedYear } from "../ingest/types.js";
import type { CalibrationEffect } from "../indicators/calibration-effect.js";
import type { GapTest } from "../indicators/sector-gaps.js";
import type { IndicatorEstimate } from "../indicators/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { MarginCell, MarginName } from "./calibration-margins.js";
import { summariseFamily, type FamilySummary } from "./multiple-testing.js";
import type { StratumSummary, Weighting, WeightSpread, YearDesign } from "./types.js";

export interface MethodologyFacts {
  strata: StratumSummary[];
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rejectsByCode: Array<{ code: string; count: number }>;
  yearsCovered: number[];
  /**
   * What following organisations across years does to the standard error of a change, for every
   * published change of a share for everyone from last year: the panel-aware SE (the
   * organisation as cluster) and the SE if the two years were independent samples, both in
   * percentage points.
   */
  panelEffect: Array<{ indicator: string; label: string; changeSe: number; independentSe: number }>;
  weighting: Weighting;
  /** The calibration of the report year's weights; undefined with sector weights. */
  calibration: CalibrationFacts | undefined;
  /** How much calibration moved each headline number (empty with sector weights). */
  calibrationEffect: CalibrationEffect[];
  /** The report year's families of tests: changes, then sector gaps. */
  families: FamilySummary[];
}

export interface CalibrationFacts {
  /** Every margin cell with its frame count N, respondents n, and the weights' sums. */
  cells: Array<MarginCell & { before: number; after: number }>;
  spread: WeightSpread[];
  dropped: MarginName | undefined;
}

/** What the appendix needs beyond the design and the estimates. */
export interface MethodologyExtras {
  gapTests: readonly GapTest[];
  calibrationEffect: readonly CalibrationEffect[];
}

export function methodologyFacts(
  design: YearDesign,
  ingested: IngestedYear,
  yearsCovered: readonly number[],
  estimates: readonly IndicatorEstimate[],
  definitions: readonly IndicatorDefinition[],
  extras: MethodologyExtras = { gapTests: [], calibrationEffect: [] },
): MethodologyFacts {
  const dataset = ingested.files.find((f) => f.file.endsWith("dataset.csv"));
  // The composite index's changes are a family of their own (estimate-indicators.ts).
  const composites = new Set(definitions.filter((d) => d.composite).map((d) => d.id));
  const counts = new Map<string, number>();
  for (const reject of ingested.rejects)
    counts.set(reject.code, (counts.get(reject.code) ?? 0) + 1);
  return {
    strata: design.strata,
    rowsRead: dataset?.rowsRead ?? 0,
    rowsAccepted: dataset?.rowsAccepted ?? 0,
    rowsRejected: dataset?.rowsRejected ?? 0,
    rejectsByCode: [...counts]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    yearsCovered: [...yearsCovered],
    panelEffect: panelEffect(estimates, definitions, design.year),
    weighting: design.weighting,
    calibration: design.calibration && {
      cells: design.calibration.margins.cells.map((cell, c) => ({
        ...cell,
        before: design.calibration!.before[c]!,
        after: design.calibration!.after[c]!,
      })),
      spread: design.calibration.spread,
      dropped: design.calibration.dropped,
    },
    calibrationEffect: [...extras.calibrationEffect],
    families: [
      summariseFamily(
        "changes",
        estimates.flatMap((e) =>
          e.year === design.year &&
          e.pValue !== null &&
          e.pAdjusted !== null &&
          !composites.has(e.indicator)
            ? [{ pValue: e.pValue, pAdjusted: e.pAdjusted }]
            : [],
        ),
      ),
      summariseFamily(
        "gaps",
        extras.gapTests.filter((t) => t.year === design.year),
      ),
    ],
  };
}

function panelEffect(
  estimates: readonly IndicatorEstimate[],
  definitions: readonly IndicatorDefinition[],
  year: number,
): MethodologyFacts["panelEffect"] {
  const labels = new Map(definitions.map((d) => [d.id, d.label]));
  const lastYear = new Map(
    estimates.filter((e) => e.year === year - 1 && e.group === "alle").map((e) => [e.indicator, e]),
  );
  return estimates.flatMap((e) => {
    const before = lastYear.get(e.indicator);
    // Shares only: their changes and SEs are in percentage points.
    if (e.year !== year || e.group !== "alle" || e.changeSe === null || e.se === null) return [];
    if (!before || before.se === null || e.estimate === null || e.estimate > 1) return [];
    const independentSe = 100 * Math.sqrt(e.se ** 2 + before.se ** 2);
    const label = labels.get(e.indicator) ?? e.indicator;
    return [{ indicator: e.indicator, label, changeSe: e.changeSe, independentSe }];
  });
}
