// The variance of estimators under raked weights, against R's survey package on the 2 × 2 table
// of raking.test.ts: one unit per cell, y = 1, 0, 1, 1, no strata and no finite population
// correction, so that every number can be redone with the R lines in the comments:
//   d <- svydesign(ids = ~1, weights = ~w, data = df)
//   cal <- calibrate(d, ~0 + a1 + a2 + b1, c(a1 = 60, a2 = 40, b1 = 50), calfun = "raking")
import { describe, expect, test } from "vitest";
import { calibrationFit, calibrationResiduals } from "./calibrated-variance.js";
import {
  domainRatio,
  domainRatioDifference,
  lineariseDomain,
  type DomainObservation,
} from "./domain-ratio.js";
import { rake } from "./raking.js";

const designWeights = [10, 20, 20, 10];
const cells = [[0, 2], [0], [1, 2], [1]];
const raked = rake({ designWeights, cells, totals: [60, 40, 50] })!;
const fit = calibrationFit(designWeights, cells, raked.weights, 3)!;
const y = [1, 0, 1, 1];
// Every unit its own PSU, in one stratum.
const calibrated = {
  layout: {
    size: 4,
    strata: [{ stratum: "all", slots: Int32Array.from([0, 1, 2, 3]) }],
    slotStratum: new Int32Array(4),
  },
  year: { fit, slots: Int32Array.from([0, 1, 2, 3]) },
};
const noCorrection = new Map([["all", { n: 4, fraction: 0 }]]);
const observation = (i: number): DomainObservation => ({
  stratum: "all",
  psu: i,
  weight: raked.weights[i]!,
  y: y[i]!,
  unit: i,
});

describe("calibrationResiduals", () => {
  test("a variable the model reproduces exactly (a cell count) has residuals 0", () => {
    // The weighted total of A1 is fixed at 60 by calibration: no variance left.
    const a1 = [{ unit: 0 }, { unit: 1 }];
    const residuals = calibrationResiduals(
      fit,
      a1,
      a1.map(({ unit }) => raked.weights[unit]!),
    );
    for (const r of residuals) expect(Math.abs(r)).toBeLessThan(1e-12);
  });

  test("units outside the estimator's support get a residual too, orthogonal to the model", () => {
    const residuals = calibrationResiduals(fit, [{ unit: 0 }], [1]);
    for (const i of [1, 2, 3]) expect(residuals[i]).not.toBe(0);
    // Σ_i d_i x_i (r_i / w_i) = 0 for every column: least squares with the design weights.
    for (const column of [0, 1, 2]) {
      let sum = 0;
      cells.forEach((row, i) => {
        if (row.includes(column)) sum += (designWeights[i]! * residuals[i]!) / raked.weights[i]!;
      });
      expect(Math.abs(sum)).toBeLessThan(1e-14);
    }
  });
});

describe("domainRatio with calibrated weights", () => {
  test("the mean of y and its SE are svymean's on the calibrated design", () => {
    // svymean(~y, cal): 0.62039580693594465, SE 0.13255753998104292
    const mean = domainRatio(
      y.map((_, i) => observation(i)),
      noCorrection,
      calibrated,
    )!;
    expect(mean.estimate).toBeCloseTo(0.62039580693594465, 14);
    expect(Math.sqrt(mean.variance)).toBeCloseTo(0.13255753998104292, 14);
  });

  test("a domain's SE counts the units outside it through the calibration", () => {
    // svymean(~y, subset(cal, a1 == 1)): 0.36732634489324123, SE 0.22092923330173808
    const domain = domainRatio([observation(0), observation(1)], noCorrection, calibrated)!;
    expect(domain.estimate).toBeCloseTo(0.36732634489324123, 14);
    expect(Math.sqrt(domain.variance)).toBeCloseTo(0.22092923330173808, 14);
    expect(domain.df).toBe(1); // two units in the domain − one stratum, as R's degf(subset)
  });

  test("a domain linearised once gives its estimate and its changes exactly as when made anew", () => {
    const domain = [observation(0), observation(1)];
    const other = [observation(1), observation(2), observation(3)];
    const [linearised, otherLinearised] = [domain, other].map((d) => lineariseDomain(d, fit));
    expect(domainRatio(domain, noCorrection, calibrated, linearised)).toEqual(
      domainRatio(domain, noCorrection, calibrated),
    );
    const years = {
      layout: calibrated.layout,
      current: calibrated.year,
      previous: calibrated.year,
    };
    expect(
      domainRatioDifference(other, domain, noCorrection, years, {
        current: otherLinearised,
        previous: linearised,
      }),
    ).toEqual(domainRatioDifference(other, domain, noCorrection, years));
  });
});
