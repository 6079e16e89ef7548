// Solving the intercepts of item-models.ts so that, over the whole frame of a sector in a year,
// the average model probability equals the target of calibration.ts.
import type { FrameOrganisation, Sector } from "../ingest/types.js";
import { solveMonotone } from "./solve-monotone.js";
import { targetIn, TARGETS, type Anchors, type CalibrationTarget } from "./calibration.js";
import { ITEM_MODELS, logistic } from "./item-models.js";
import { thetaOf, type LatentMaturity } from "./latent.js";

/** Key of an intercept: question, option ("" for single questions), sector, year. */
export function interceptKey(question: string, option: string, sector: Sector, year: number) {
  return `${question}|${option}|${sector}|${year}`;
}

export type Intercepts = Map<string, number>;

/**
 * The model's expected statistic (share 0–1 or mean) at linear predictor η, and the loading of θ.
 * Written as v₀ + Σⱼ (vⱼ − vⱼ₋₁)·σ(η − cⱼ), where vⱼ is the value of the j-th ordered category
 * (1/0 for a share, the code for a mean): no arrays per call, one exp for a top-2 share.
 */
function compileStatistic(target: CalibrationTarget): {
  loading: number;
  at: (eta: number) => number;
} {
  const model = ITEM_MODELS[target.question];
  if (model?.kind === "multi")
    return { loading: model.loadings[target.option ?? ""] ?? 0, at: logistic };
  if (model?.kind !== "ordinal")
    throw new Error(`calibration target for ${target.question}, which is not ordinal or multi`);
  const measure = target.measure;
  const values = model.ascending.map((code) =>
    "mean" in measure ? code : measure.share.includes(code) ? 1 : 0,
  );
  const base = values[0] ?? 0;
  const steps = model.cutpoints
    .map((cut, j): [number, number] => [(values[j + 1] ?? 0) - (values[j] ?? 0), cut])
    .filter(([step]) => step !== 0);
  return {
    loading: model.loading,
    at: (eta) => {
      let sum = base;
      for (const [step, cut] of steps) sum += step * logistic(eta - cut);
      return sum;
    },
  };
}

export function solveIntercepts(
  frames: ReadonlyMap<number, readonly FrameOrganisation[]>,
  maturity: LatentMaturity,
  firstYearOf: (question: string) => number | undefined,
): Intercepts {
  const intercepts: Intercepts = new Map();
  for (const [year, frame] of frames) {
    for (const target of TARGETS) {
      const statistic = compileStatistic(target);
      const firstYear = firstYearOf(target.question);
      if (firstYear === undefined || year < firstYear) continue;
      for (const [sector, anchors] of Object.entries(target.bySector) as [Sector, Anchors][]) {
        const thetas = frame
          .filter((o) => o.sektor === sector)
          .map((o) => thetaOf(maturity, o.panelId, year));
        const goal =
          "mean" in target.measure ? targetIn(anchors, year) : targetIn(anchors, year) / 100;
        const frameAverage = (a: number) => {
          let sum = 0;
          for (const theta of thetas) sum += statistic.at(a + statistic.loading * theta);
          return sum / thetas.length;
        };
        intercepts.set(
          interceptKey(target.question, target.option ?? "", sector, year),
          solveMonotone(frameAverage, goal),
        );
      }
    }
  }
  return intercepts;
}

/** The frame-average of the calibrated model, for checking the calibration. */
export function calibratedFrameAverage(
  target: CalibrationTarget,
  sector: Sector,
  year: number,
  frame: readonly FrameOrganisation[],
  maturity: LatentMaturity,
  intercepts: Intercepts,
): number | undefined {
  const a = intercepts.get(interceptKey(target.question, target.option ?? "", sector, year));
  if (a === undefined) return undefined;
  const statistic = compileStatistic(target);
  const members = frame.filter((o) => o.sektor === sector);
  const sum = members.reduce(
    (s, o) => s + statistic.at(a + statistic.loading * thetaOf(maturity, o.panelId, year)),
    0,
  );
  return sum / members.length;
}
