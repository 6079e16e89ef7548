// A hand-made analysis of the report's index for chart tests: fixed numbers, not computed, so
// that the golden spec and SVG change only when the chart does.
import type { IndexAnalysis } from "../../indicators/composite-analysis.js";
import type { GroupSensitivity } from "../../indicators/composite-sensitivity.js";
import type { Group } from "../../indicators/types.js";
import { framework } from "./inputs.js";

function group(
  name: Group,
  score: number,
  [low, high]: [number, number],
  [weightsLow, weightsHigh]: [number, number],
  rank?: [number, number, number],
): GroupSensitivity {
  return {
    group: name,
    score,
    scoreLow: low,
    scoreHigh: high,
    byKind: {
      "random-weights": { low: weightsLow, high: weightsHigh },
      "leave-out": { low: weightsLow + 1, high: weightsHigh - 1 },
      aggregation: { low, high: score },
    },
    rank: rank?.[0],
    rankLow: rank?.[1],
    rankHigh: rank?.[2],
  };
}

export function fixtureIndexAnalysis(): IndexAnalysis {
  return {
    year: 2020,
    framework,
    checks: [],
    sensitivity: {
      scenarios: 514,
      counts: { default: 1, "random-weights": 500, "leave-out": 10, aggregation: 3 },
      groups: [
        group("alle", 50.8, [20.6, 54.6], [48.9, 53.2]),
        group("stat", 61.6, [28, 67.3], [56.8, 63.6], [1, 1, 2]),
        group("kommune", 47.8, [18.4, 51.1], [42.7, 50.3], [3, 3, 3]),
        group("fylkeskommune", 60.5, [32.7, 70], [57.4, 70], [2, 1, 2]),
        group("kommune-<5k", 43.3, [16.2, 46.2], [38.8, 46.2], [4, 4, 4]),
        group("kommune->50k", 65.7, [33.4, 76], [59, 76], [1, 1, 1]),
      ],
    },
  };
}
