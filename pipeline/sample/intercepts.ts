// Solving the intercepts of item-models.ts so that, over the whole frame of a sector in a year,
// the average model probability equals the target of calibration.ts.
import { SECTORS, type FrameOrganisation, type Sector } from "../ingest/types.js";
import { solveMonotone } from "./solve-monotone.js";
import { targetIn, TARGETS, type CalibrationTarget } from "./calibration.js";
import { ITEM_MODELS, logistic } from "./item-models.js";
import { thetaOf, type LatentMaturity } from "./latent.js";

/** Solved intercepts by question, option ("" for single questions), sector and year. */
export class Intercepts {
  readonly #byQuestion = new Map<string, Map<string, Map<Sector, Map<number, number>>>>();

  get(question: string, option: string, sector: Sector, year: number): number | undefined {
    return this.#byQuestion.get(question)?.get(option)?.get(sector)?.get(year);
  }

  set(question: string, option: string, sector: Sector, year: number, intercept: number): void {
    const byOption = getOrAdd(this.#byQuestion, question, () => new Map());
    const bySector = getOrAdd(byOption, option, () => new Map());
    getOrAdd(bySector, sector, () => new Map()).set(year, intercept);
  }
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const created = create();
  map.set(key, created);
  return created;
}

/** Solve near a guess (last year's intercept) first; the full range when that does not bracket. */
function solveNear(f: (x: number) => number, target: number, guess: number | undefined): number {
  if (guess !== undefined) {
    const [lo, hi] = [guess - 1, guess + 1];
    if (Math.sign(f(lo) - target) !== Math.sign(f(hi) - target))
      return solveMonotone(f, target, lo, hi);
  }
  return solveMonotone(f, target);
}

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
  const intercepts = new Intercepts();
  const statistics = TARGETS.map(compileStatistic);
  const years = [...frames.keys()].sort((a, b) => a - b);
  for (const year of years) {
    const frame = frames.get(year) ?? [];
    for (const sector of SECTORS) {
      const thetas = frame
        .filter((o) => o.sektor === sector)
        .map((o) => thetaOf(maturity, o.panelId, year));
      TARGETS.forEach((target, t) => {
        const firstYear = firstYearOf(target.question);
        const statistic = statistics[t];
        if (firstYear === undefined || year < firstYear || !statistic) return;
        const option = target.option ?? "";
        const anchored = targetIn(target.bySector[sector], year);
        const goal = "mean" in target.measure ? anchored : anchored / 100;
        const frameAverage = (a: number) => {
          let sum = 0;
          for (const theta of thetas) sum += statistic.at(a + statistic.loading * theta);
          return sum / thetas.length;
        };
        const lastYear = intercepts.get(target.question, option, sector, year - 1);
        intercepts.set(
          target.question,
          option,
          sector,
          year,
          solveNear(frameAverage, goal, lastYear),
        );
      });
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
  const a = intercepts.get(target.question, target.option ?? "", sector, year);
  if (a === undefined) return undefined;
  const statistic = compileStatistic(target);
  const members = frame.filter((o) => o.sektor === sector);
  const sum = members.reduce(
    (s, o) => s + statistic.at(a + statistic.loading * thetaOf(maturity, o.panelId, year)),
    0,
  );
  return sum / members.length;
}
