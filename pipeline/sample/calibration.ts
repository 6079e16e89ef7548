// The design of the sample: population-level targets per sector and year (SPEC §3.4).
//
// Each row says what share (percent, among substantive answers) or mean the whole frame of a
// sector should have in a year; the intercepts of item-models.ts are solved so that the
// frame-average probability hits the target exactly. Anchor years are interpolated linearly and
// held constant outside them. Estimates from the respondents differ by sampling noise.
//
// avanserte-tjenester: SPEC's sector figures (stat 38→42, kommune 22→29, fylke 25→30) give a
// frame total of only 24.8 → 31.6 %, not the "≈ 27 → 33 (+23 %)" it also asks for, because
// municipalities are four in five of the frame. We lift kommune to 24.4 → 30.7 and stat to
// 39 → 43, which gives a frame total of 26.9 → 33.1 % (+23 % relative).
//
// These targets are our sample's design, not facts about Norway.
import type { Sector } from "../ingest/types.js";

/** year → value; linear between anchors, constant outside. */
export type Anchors = Readonly<Record<number, number>>;

export type Measure = { share: readonly number[] } | { mean: true };

export interface CalibrationTarget {
  question: string;
  /** The option key, for multi-choice questions (share who ticked it). */
  option?: string;
  measure: Measure;
  /** Percent for shares, scale points for means. */
  bySector: Readonly<Record<Sector, Anchors>>;
}

const share = (...codes: number[]): Measure => ({ share: codes });
const mean: Measure = { mean: true };

export const RESPONSE_RATES: Readonly<Record<Sector, number>> = {
  stat: 0.7,
  kommune: 0.55,
  fylkeskommune: 0.8,
};
/** Share of responders who stop before the end (status "Noen svar"). */
export const PARTIAL_SHARE = 0.03;
/** Share of blank items among complete responses. */
export const ITEM_NONRESPONSE = 0.02;
/** "Vet ikke" on scale items: drawn per question and year between these. */
export const VET_IKKE_RANGE: readonly [number, number] = [0.03, 0.08];
/** Share of responders who write a comment. */
export const COMMENT_SHARE = 0.15;

// prettier-ignore
export const TARGETS: readonly CalibrationTarget[] = [
  //  question / option                 measure         stat                                  kommune                                  fylkeskommune
  { question: "tjenesteniva",           measure: share(3),    bySector: { stat: { 2010: 25, 2019: 39, 2020: 43 }, kommune: { 2010: 14, 2019: 24.4, 2020: 30.7 }, fylkeskommune: { 2010: 15, 2019: 25, 2020: 30 } } },
  { question: "interne_prosesser",      measure: share(1, 2), bySector: { stat: { 2012: 45, 2019: 62, 2020: 66 }, kommune: { 2012: 24, 2019: 36, 2020: 40 }, fylkeskommune: { 2012: 32, 2019: 45, 2020: 50 } } },
  { question: "manuelle_operasjoner",   measure: share(4, 5), bySector: { stat: { 2014: 42, 2019: 33, 2020: 30 }, kommune: { 2014: 70, 2019: 63, 2020: 60 }, fylkeskommune: { 2014: 58, 2019: 50, 2020: 46 } } },
  { question: "kompetanse",             measure: share(4, 5), bySector: { stat: { 2008: 38, 2019: 45, 2020: 47 }, kommune: { 2008: 26, 2019: 30, 2020: 31 }, fylkeskommune: { 2008: 32, 2019: 38, 2020: 40 } } },
  { question: "markedssamarbeid",       measure: mean,        bySector: { stat: { 2011: 3.1, 2019: 3.2 }, kommune: { 2011: 2.85, 2019: 2.9 }, fylkeskommune: { 2011: 2.95, 2019: 3.0 } } },
  { question: "datadeling",             measure: share(1, 2), bySector: { stat: { 2016: 26, 2020: 15 }, kommune: { 2016: 33, 2020: 21 }, fylkeskommune: { 2016: 30, 2020: 18 } } },
  { question: "gjenbruk_data",          measure: share(4, 5), bySector: { stat: { 2016: 20, 2020: 32 }, kommune: { 2016: 13, 2020: 23 }, fylkeskommune: { 2016: 15, 2020: 26 } } },
  { question: "fellesloesninger",       measure: share(4, 5), bySector: { stat: { 2016: 58, 2020: 78 }, kommune: { 2016: 48, 2020: 68 }, fylkeskommune: { 2016: 52, 2020: 72 } } },
  { question: "sammenhengende_tjenester", measure: share(4, 5), bySector: { stat: { 2019: 30, 2020: 35 }, kommune: { 2019: 19, 2020: 23 }, fylkeskommune: { 2019: 24, 2020: 28 } } },
  { question: "strategi",               measure: share(1),    bySector: { stat: { 2008: 45, 2016: 70, 2020: 85 }, kommune: { 2008: 22, 2016: 50, 2020: 68 }, fylkeskommune: { 2008: 40, 2016: 70, 2020: 85 } } },
  { question: "ledelse",                measure: share(4, 5), bySector: { stat: { 2008: 48, 2020: 68 }, kommune: { 2008: 40, 2020: 58 }, fylkeskommune: { 2008: 45, 2020: 64 } } },
  { question: "korona_tempo",           measure: share(1, 2), bySector: { stat: { 2020: 66 }, kommune: { 2020: 61 }, fylkeskommune: { 2020: 70 } } },
  // Barriers: competence overtakes financing around 2014 and is the most named since.
  { question: "barrierer", option: "kompetanse",         measure: share(1), bySector: { stat: { 2008: 35, 2014: 42, 2020: 52 }, kommune: { 2008: 40, 2014: 50, 2020: 62 }, fylkeskommune: { 2008: 38, 2014: 46, 2020: 56 } } },
  { question: "barrierer", option: "kapasitet",          measure: share(1), bySector: { stat: { 2008: 45, 2020: 44 }, kommune: { 2008: 48, 2020: 50 }, fylkeskommune: { 2008: 45, 2020: 46 } } },
  { question: "barrierer", option: "finansiering",       measure: share(1), bySector: { stat: { 2008: 50, 2020: 38 }, kommune: { 2008: 58, 2020: 45 }, fylkeskommune: { 2008: 52, 2020: 40 } } },
  { question: "barrierer", option: "regelverk",          measure: share(1), bySector: { stat: { 2008: 22, 2020: 34 }, kommune: { 2008: 15, 2020: 24 }, fylkeskommune: { 2008: 18, 2020: 28 } } },
  { question: "barrierer", option: "standardloesninger", measure: share(1), bySector: { stat: { 2008: 25, 2020: 20 }, kommune: { 2008: 30, 2020: 26 }, fylkeskommune: { 2008: 28, 2020: 22 } } },
  { question: "barrierer", option: "forankring",         measure: share(1), bySector: { stat: { 2008: 25, 2020: 14 }, kommune: { 2008: 30, 2020: 18 }, fylkeskommune: { 2008: 28, 2020: 15 } } },
  // Benefits: 2020 frame totals ≈ 26 / 22 / 31 % (kostnader / bemanning / raskere).
  { question: "gevinster", option: "kostnader", measure: share(1), bySector: { stat: { 2013: 16, 2020: 28 }, kommune: { 2013: 13, 2020: 25.5 }, fylkeskommune: { 2013: 15, 2020: 27 } } },
  { question: "gevinster", option: "bemanning", measure: share(1), bySector: { stat: { 2013: 12, 2020: 25 }, kommune: { 2013: 10, 2020: 21.2 }, fylkeskommune: { 2013: 11, 2020: 22 } } },
  { question: "gevinster", option: "raskere",   measure: share(1), bySector: { stat: { 2013: 20, 2020: 36 }, kommune: { 2013: 17, 2020: 29.8 }, fylkeskommune: { 2013: 18, 2020: 32 } } },
  { question: "gevinster", option: "kvalitet",  measure: share(1), bySector: { stat: { 2013: 30, 2020: 45 }, kommune: { 2013: 26, 2020: 38 }, fylkeskommune: { 2013: 28, 2020: 40 } } },
];

/** The target of a year, interpolated between anchors. */
export function targetIn(anchors: Anchors, year: number): number {
  const points = Object.entries(anchors)
    .map(([y, v]): [number, number] => [Number(y), v])
    .sort((a, b) => a[0] - b[0]);
  const first = points[0];
  if (first === undefined) throw new Error("a calibration target needs at least one anchor");
  if (year <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const [y0, v0] = points[i - 1] as [number, number];
    const [y1, v1] = points[i] as [number, number];
    if (year <= y1) return v0 + ((v1 - v0) * (year - y0)) / (y1 - y0);
  }
  return (points[points.length - 1] as [number, number])[1];
}
