// How the synthetic answers of each question are formed from the latent maturity θ.
//
// ordinal: the substantive codes ordered from least to most mature (`ascending`); cumulative
//   logit P(rank ≥ j) = σ(a + loading·θ − cutpoints[j−1]). The intercept a (per sector × year)
//   is solved from calibration.ts; the cutpoints only shape the spread over the categories.
// multi:   every option is an independent logit σ(a + loading·θ), calibrated per option; the
//   `exclusive` option ("ingen") is ticked exactly when nothing else is.
// role, number, text: not driven by calibration targets.

export type ItemModel =
  | {
      kind: "ordinal";
      ascending: readonly number[];
      cutpoints: readonly number[];
      loading: number;
    }
  | { kind: "multi"; loadings: Readonly<Record<string, number>>; exclusive?: string }
  | { kind: "role" }
  | { kind: "number" }
  | { kind: "text" };

const FIVE_POINT = [-2.2, -0.8, 0.8, 2.2];
const UP_TO_FIVE = [1, 2, 3, 4, 5];

export const ITEM_MODELS: Readonly<Record<string, ItemModel>> = {
  rolle: { kind: "role" },
  strategi: { kind: "ordinal", ascending: [2, 1], cutpoints: [0], loading: 1.4 },
  ledelse: { kind: "ordinal", ascending: UP_TO_FIVE, cutpoints: FIVE_POINT, loading: 1.2 },
  kompetanse: { kind: "ordinal", ascending: UP_TO_FIVE, cutpoints: FIVE_POINT, loading: 1.6 },
  barrierer: {
    kind: "multi",
    // Less mature organisations name competence and anchoring as barriers more often.
    loadings: {
      kompetanse: -1.0,
      kapasitet: -0.3,
      finansiering: -0.3,
      regelverk: 0.3,
      standardloesninger: 0,
      forankring: -0.9,
    },
  },
  it_budsjett_andel: { kind: "number" },
  tjenesteniva: { kind: "ordinal", ascending: [1, 2, 3], cutpoints: [-1.2, 1.2], loading: 1.8 },
  markedssamarbeid: { kind: "ordinal", ascending: UP_TO_FIVE, cutpoints: FIVE_POINT, loading: 0.8 },
  // Ikke (3) < delvis (2) < helt (1) digitalisert.
  interne_prosesser: { kind: "ordinal", ascending: [3, 2, 1], cutpoints: [-1, 1.6], loading: 1.6 },
  gevinster: {
    kind: "multi",
    loadings: { kostnader: 1.0, bemanning: 0.9, raskere: 1.1, kvalitet: 0.9, ingen: 0 },
    exclusive: "ingen",
  },
  // Mature organisations rely less on manual operations: svært stor grad (5) is least mature.
  manuelle_operasjoner: {
    kind: "ordinal",
    ascending: [5, 4, 3, 2, 1],
    cutpoints: FIVE_POINT,
    loading: 1.4,
  },
  datadeling: { kind: "ordinal", ascending: UP_TO_FIVE, cutpoints: FIVE_POINT, loading: 1.2 },
  gjenbruk_data: { kind: "ordinal", ascending: UP_TO_FIVE, cutpoints: FIVE_POINT, loading: 1.4 },
  fellesloesninger: { kind: "ordinal", ascending: UP_TO_FIVE, cutpoints: FIVE_POINT, loading: 1.0 },
  sammenhengende_tjenester: {
    kind: "ordinal",
    ascending: UP_TO_FIVE,
    cutpoints: FIVE_POINT,
    loading: 1.4,
  },
  // Tregere (4) < uendret (3) < raskere (2) < mye raskere (1).
  korona_tempo: {
    kind: "ordinal",
    ascending: [4, 3, 2, 1],
    cutpoints: [-3, -0.5, 1.8],
    loading: 1.0,
  },
  kommentar: { kind: "text" },
};

/** Probabilities of the ordered categories (same order as `ascending`) at linear predictor η. */
export function ordinalProbabilities(cutpoints: readonly number[], eta: number): number[] {
  const atLeast = [1, ...cutpoints.map((c) => 1 / (1 + Math.exp(c - eta))), 0];
  const probabilities: number[] = [];
  for (let j = 0; j + 1 < atLeast.length; j++)
    probabilities.push((atLeast[j] ?? 0) - (atLeast[j + 1] ?? 0));
  return probabilities;
}

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
