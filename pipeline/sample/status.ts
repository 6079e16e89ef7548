// Who answers: the status of each invited organisation in a year (SurveyXact's statoverall).
//
// Willingness to answer is a trait of the organisation (a persistent N(0,1) propensity per panel
// id), so many answer year after year and panel-aware change estimates have overlap to work with.
// It is independent of maturity θ, so non-response does not bias the estimates.
import type { FrameOrganisation, Sector } from "../ingest/types.js";
import { solveMonotone } from "./solve-monotone.js";
import { PARTIAL_SHARE, RESPONSE_RATES } from "./calibration.js";
import { logistic } from "./item-models.js";
import { randomFor } from "../seeded-random.js";

/** SurveyXact status codes: 1 Ny, 2 Distribuert, 3 Noen svar, 4 Gjennomført, 5 Frafalt. */
export type StatusCode = 1 | 2 | 3 | 4 | 5;
export const STATUS_LABELS: Readonly<Record<StatusCode, string>> = {
  1: "Ny",
  2: "Distribuert",
  3: "Noen svar",
  4: "Gjennomført",
  5: "Frafalt",
};
export const STATUS_CODES: readonly StatusCode[] = [1, 2, 3, 4, 5];

const PROPENSITY_LOADING = 1.2;

function propensity(seed: number, panelId: string): number {
  return PROPENSITY_LOADING * randomFor(seed, "propensity", panelId).normal();
}

/** The intercept per sector that makes the frame's expected response rate the target. */
function responseIntercepts(
  frame: readonly FrameOrganisation[],
  seed: number,
): Map<Sector, number> {
  const intercepts = new Map<Sector, number>();
  for (const [sector, rate] of Object.entries(RESPONSE_RATES) as [Sector, number][]) {
    const propensities = frame
      .filter((o) => o.sektor === sector)
      .map((o) => propensity(seed, o.panelId));
    const expectedRate = (a: number) =>
      propensities.reduce((s, p) => s + logistic(a + p), 0) / propensities.length;
    intercepts.set(sector, solveMonotone(expectedRate, rate));
  }
  return intercepts;
}

/** Statuses of a year's frame, in frame order. */
export function drawStatuses(
  frame: readonly FrameOrganisation[],
  year: number,
  seed: number,
): StatusCode[] {
  const intercepts = responseIntercepts(frame, seed);
  return frame.map((o) => {
    const random = randomFor(seed, "status", year, o.id);
    const p = logistic((intercepts.get(o.sektor) ?? 0) + propensity(seed, o.panelId));
    if (random.chance(p)) return random.chance(PARTIAL_SHARE) ? 3 : 4;
    const u = random.next();
    return u < 0.75 ? 2 : u < 0.9 ? 5 : 1;
  });
}
