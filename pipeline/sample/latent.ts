// Latent digital maturity θ of each organisation (panel id), followed across the years.
//
// θ is N(μ, 1) in every year and moves slowly: an AR(1) around μ with ρ = 0.9, so an organisation
// that is ahead one year is most likely ahead the next. Larger municipalities start a little
// ahead (μ grows with log population), which gives the size classes something to show.
import type { FrameOrganisation } from "../ingest/types.js";
import { randomFor } from "../seeded-random.js";

export const LATENT_AUTOCORRELATION = 0.9;
const SIZE_EFFECT = 0.4;

/** panel id → θ per year. */
export type LatentMaturity = Map<string, Map<number, number>>;

/** Standardised log population of each municipal panel id (from the last year's frame). */
function sizeScores(lastFrame: readonly FrameOrganisation[]): Map<string, number> {
  const logs = lastFrame
    .filter((o) => o.sektor === "kommune" && o.befolkning !== null && o.befolkning > 0)
    .map((o): [string, number] => [o.panelId, Math.log(o.befolkning ?? 1)]);
  const mean = logs.reduce((s, [, v]) => s + v, 0) / logs.length;
  const sd = Math.sqrt(logs.reduce((s, [, v]) => s + (v - mean) ** 2, 0) / logs.length);
  return new Map(logs.map(([id, v]) => [id, (v - mean) / sd]));
}

export function latentMaturity(
  frames: ReadonlyMap<number, readonly FrameOrganisation[]>,
  seed: number,
): LatentMaturity {
  const years = [...frames.keys()].sort((a, b) => a - b);
  const lastFrame = frames.get(years[years.length - 1] ?? 0) ?? [];
  const scores = sizeScores(lastFrame);
  const panelIds = new Set([...frames.values()].flatMap((frame) => frame.map((o) => o.panelId)));
  const spread = Math.sqrt(1 - SIZE_EFFECT ** 2);
  const innovation = Math.sqrt(1 - LATENT_AUTOCORRELATION ** 2);

  const maturity: LatentMaturity = new Map();
  for (const panelId of [...panelIds].sort()) {
    const mu = SIZE_EFFECT * (scores.get(panelId) ?? 0);
    const random = randomFor(seed, "latent", panelId);
    let deviation = random.normal();
    const byYear = new Map<number, number>();
    for (const year of years) {
      byYear.set(year, mu + spread * deviation);
      deviation = LATENT_AUTOCORRELATION * deviation + innovation * random.normal();
    }
    maturity.set(panelId, byYear);
  }
  return maturity;
}

export function thetaOf(maturity: LatentMaturity, panelId: string, year: number): number {
  return maturity.get(panelId)?.get(year) ?? 0;
}
