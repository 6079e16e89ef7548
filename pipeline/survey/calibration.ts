// Calibrated weights (SPEC §5): the sector design's weights d = N_h / n_h raked to the frame's
// totals of the calibration margins (calibration-margins.ts), so that the weighted respondents
// have the frame's mix of municipality sizes and counties and not only its sectors. Nonresponse
// that differs by size class or county then biases no estimate through that difference. The
// strata stay the design; their totals N_h are kept exactly, since the class cells add up to them.
//
// Raking rather than linear calibration: its weights can never turn negative, and with cells of
// at least MIN_CELL_RESPONDENTS respondents no bounds are needed. When the two margins cannot be
// met together (a county whose municipalities all fall in one size class that occurs nowhere
// else, say), the county margin is dropped and the build's methodology says so.
//
// R: calibrate(svydesign(ids = ~1, strata = ~stratum, fpc = ~N_stratum, weights = ~design_weight),
//              ~ 0 + <class cells> + <fylke cells but the first>, population = <their N>,
//              calfun = "raking")  — crosscheck.R builds this from microdata.csv.
import { SECTORS } from "../ingest/types.js";
import { calibrationFit } from "./calibrated-variance.js";
import { calibrationMargins, MARGINS, type MarginName } from "./calibration-margins.js";
import { rake } from "./raking.js";
import type { DesignUnit, WeightSpread, YearCalibration, YearDesign } from "./types.js";

export function calibrateDesign(design: YearDesign): YearDesign {
  const attempts: Array<{ margins: readonly MarginName[]; dropped: MarginName | undefined }> = [
    { margins: MARGINS, dropped: undefined },
    { margins: ["klasse"], dropped: "fylke" },
  ];
  for (const { margins, dropped } of attempts) {
    const calibration = calibrate(design, margins, dropped);
    if (!calibration) continue;
    const units = design.units.map((unit, i): DesignUnit => ({
      ...unit,
      weight: calibration.fit.weights[i]!,
    }));
    return {
      ...design,
      units,
      weighting: "calibrated",
      calibration: { ...calibration, spread: weightSpread(units) },
    };
  }
  // Post-stratification by class alone always has a solution when every class cell has
  // respondents, which calibrationMargins ensures; reaching this is a bug.
  throw new Error(`the weights of ${design.year} could not be calibrated to the class totals`);
}

function calibrate(
  design: YearDesign,
  margins: readonly MarginName[],
  dropped: MarginName | undefined,
): Omit<YearCalibration, "spread"> | undefined {
  const found = calibrationMargins(design.frame, design.units, margins);
  const column = new Map(found.columns.map((cell, c) => [cell, c]));
  const columns = found.unitCells.map((cells) =>
    cells.flatMap((cell) => (column.has(cell) ? [column.get(cell)!] : [])),
  );
  const designWeights = design.units.map((u) => u.designWeight);
  const raked = rake({
    designWeights,
    cells: columns,
    totals: found.columns.map((cell) => found.cells[cell]!.N),
  });
  if (!raked) return undefined;
  const fit = calibrationFit(designWeights, columns, raked.weights, found.columns.length);
  if (!fit) return undefined;
  const before = found.cells.map(() => 0);
  const after = found.cells.map(() => 0);
  found.unitCells.forEach((cells, i) => {
    for (const cell of cells) {
      before[cell]! += designWeights[i]!;
      after[cell]! += raked.weights[i]!;
    }
  });
  return { margins: found, dropped, before, after, fit };
}

/** Min, max and Kish's design effect of weighting, per sector and for all units. */
export function weightSpread(
  units: readonly Pick<DesignUnit, "sektor" | "weight">[],
): WeightSpread[] {
  const groups = [
    ...SECTORS.map((sector) => ({
      group: sector,
      weights: units.filter((u) => u.sektor === sector),
    })),
    { group: "alle" as const, weights: units },
  ];
  return groups.flatMap(({ group, weights }) => {
    const w = weights.map((u) => u.weight);
    if (w.length === 0) return [];
    const sum = w.reduce((s, x) => s + x, 0);
    const squares = w.reduce((s, x) => s + x * x, 0);
    return [
      {
        group,
        n: w.length,
        min: Math.min(...w),
        max: Math.max(...w),
        designEffect: (w.length * squares) / (sum * sum),
      },
    ];
  });
}
