// Deterministic, plausible results for chart tests: every indicator of templates/indicators.yaml
// for every year it exists and every group, shaped like the sample's design (SPEC §3.4), plus
// answer distributions of the scale questions. No randomness: the "noise" is a fixed formula.
import type { AnswerShare, Group, IndicatorEstimate } from "../../indicators/types.js";
import { GROUPS } from "../../indicators/types.js";

export const YEAR = 2020;

/** 2020 level by sector [stat, kommune, fylkeskommune]; `slope` per year going back. */
const LEVELS: Record<string, { level: [number, number, number]; slope: number; first: number }> = {
  "avanserte-tjenester": { level: [0.42, 0.29, 0.3], slope: 0.012, first: 2010 },
  "interne-prosesser-digitalisert": { level: [0.66, 0.4, 0.5], slope: 0.02, first: 2012 },
  "manuelle-operasjoner": { level: [0.3, 0.6, 0.46], slope: -0.01, first: 2014 },
  "kompetanse-tilstrekkelig": { level: [0.47, 0.31, 0.4], slope: 0.008, first: 2008 },
  markedssamarbeid: { level: [3.2, 2.9, 3.0], slope: 0.01, first: 2011 },
  "markedssamarbeid-stor-grad": { level: [0.38, 0.27, 0.31], slope: 0.004, first: 2011 },
  "datadeling-sjelden": { level: [0.15, 0.23, 0.18], slope: -0.01, first: 2016 },
  "gjenbruk-data": { level: [0.31, 0.22, 0.26], slope: 0.01, first: 2016 },
  fellesloesninger: { level: [0.74, 0.68, 0.71], slope: 0.02, first: 2016 },
  "sammenhengende-tjenester": { level: [0.24, 0.16, 0.19], slope: 0.02, first: 2019 },
  strategi: { level: [0.81, 0.72, 0.86], slope: 0.02, first: 2008 },
  "ledelse-involvert": { level: [0.63, 0.55, 0.6], slope: 0.01, first: 2008 },
  "gevinst-kostnader": { level: [0.3, 0.24, 0.27], slope: 0.01, first: 2013 },
  "gevinst-bemanning": { level: [0.26, 0.2, 0.21], slope: 0.01, first: 2013 },
  "gevinst-raskere": { level: [0.37, 0.28, 0.33], slope: 0.012, first: 2013 },
  "gevinst-kvalitet": { level: [0.44, 0.39, 0.41], slope: 0.01, first: 2013 },
  "barriere-kompetanse": { level: [0.41, 0.52, 0.45], slope: 0.0, first: 2008 },
  "barriere-kapasitet": { level: [0.55, 0.63, 0.58], slope: 0.0, first: 2008 },
  "barriere-finansiering": { level: [0.48, 0.57, 0.5], slope: 0.0, first: 2008 },
  "barriere-regelverk": { level: [0.33, 0.21, 0.25], slope: 0.0, first: 2008 },
  "barriere-standardloesninger": { level: [0.22, 0.3, 0.27], slope: 0.0, first: 2008 },
  "barriere-forankring": { level: [0.12, 0.18, 0.15], slope: 0.0, first: 2008 },
  "it-budsjett-andel": { level: [6.1, 3.4, 4.2], slope: 0.05, first: 2008 },
  "korona-raskere": { level: [0.71, 0.64, 0.69], slope: 0, first: 2020 },
};

/** Respondents and frame size by group. */
const SIZES: Record<Group, { n: number; N: number }> = {
  alle: { n: 312, N: 520 },
  stat: { n: 98, N: 140 },
  kommune: { n: 199, N: 356 },
  fylkeskommune: { n: 9, N: 11 },
  "kommune-<5k": { n: 70, N: 143 },
  "kommune-5-20k": { n: 77, N: 142 },
  "kommune-20-50k": { n: 32, N: 49 },
  "kommune->50k": { n: 20, N: 22 },
};

const SIZE_CLASS_FACTOR: Partial<Record<Group, number>> = {
  "kommune-<5k": 0.8,
  "kommune-5-20k": 0.95,
  "kommune-20-50k": 1.1,
  "kommune->50k": 1.3,
};

/** A small fixed wobble in [-0.01, 0.01] so that lines are not straight. */
function wobble(year: number, index: number): number {
  return (((year * 7 + index * 13) % 11) - 5) / 500;
}

function level(id: string, group: Group, year: number): number {
  const spec = LEVELS[id];
  if (!spec) throw new Error(`no fixture level for ${id}`);
  const [stat, kommune, fylke] = spec.level;
  const byGroup: Record<string, number> = {
    stat,
    kommune,
    fylkeskommune: fylke,
    alle: 0.27 * stat + 0.68 * kommune + 0.05 * fylke,
  };
  const base = byGroup[group] ?? kommune * (SIZE_CLASS_FACTOR[group] ?? 1);
  const isMean = id === "markedssamarbeid" || id === "it-budsjett-andel";
  const value = base - spec.slope * (YEAR - year) + (isMean ? 0 : wobble(year, GROUPS.indexOf(group)));
  return isMean ? Math.round(value * 1000) / 1000 : Math.min(0.98, Math.max(0.02, Math.round(value * 1000) / 1000));
}

/** Every indicator × year × group; CIs null (as today), one suppressed and one empty row. */
export function fixtureEstimates(): IndicatorEstimate[] {
  const rows: IndicatorEstimate[] = [];
  for (const [id, spec] of Object.entries(LEVELS)) {
    for (let year = spec.first; year <= YEAR; year++) {
      for (const group of GROUPS) {
        const estimate = level(id, group, year);
        const previous = year > spec.first ? level(id, group, year - 1) : null;
        const { n, N } = SIZES[group];
        const yearN = Math.round(n * (0.85 + (year - 2008) / 80));
        const isMean = id === "markedssamarbeid" || id === "it-budsjett-andel";
        const se = isMean ? 0.08 : Math.sqrt((estimate * (1 - estimate)) / Math.max(yearN, 5));
        rows.push({
          indicator: id,
          year,
          group,
          estimate,
          se: Math.round(se * 10000) / 10000,
          ciLow: null,
          ciHigh: null,
          df: yearN - 3,
          n: yearN,
          nVetIkke: Math.round(yearN * 0.05),
          N,
          responseRate: Math.round((n / N) * 1000) / 1000,
          suppressed: false,
          changePp:
            previous === null ? null : Math.round((estimate - previous) * (isMean ? 1000 : 100000)) / 1000,
          changeRel: previous === null ? null : Math.round((estimate / previous - 1) * 100000) / 1000,
          changeSe: previous === null ? null : isMean ? 0.05 : 2.1,
          pValue: previous === null ? null : Math.abs(estimate - previous) > 0.04 ? 0.01 : 0.4,
          pAdjusted: previous === null ? null : Math.abs(estimate - previous) > 0.04 ? 0.02 : 0.6,
        });
      }
    }
  }
  // Small cells the statistics stage suppresses: they must never reach a chart.
  for (const row of rows) {
    if (row.indicator === "avanserte-tjenester" && row.group === "fylkeskommune" && row.year === 2011)
      Object.assign(row, { suppressed: true, n: 4, estimate: 0.999 });
    if (row.indicator === "korona-raskere" && row.group === "kommune->50k")
      Object.assign(row, { suppressed: true, n: 3, estimate: 0.999 });
    if (row.indicator === "gjenbruk-data" && row.group === "fylkeskommune" && row.year === 2020)
      Object.assign(row, { estimate: null, n: 0 });
  }
  return rows;
}

/** The same rows with logit-like 95 % intervals, as the statistics stage will fill them in. */
export function withIntervals(rows: readonly IndicatorEstimate[]): IndicatorEstimate[] {
  return rows.map((row) => {
    if (row.estimate === null || row.se === null) return row;
    const half = 1.96 * row.se;
    const isShare = row.estimate <= 1;
    const low = isShare ? Math.max(0, row.estimate - half) : row.estimate - half;
    const high = isShare ? Math.min(1, row.estimate + half) : row.estimate + half;
    return { ...row, ciLow: Math.round(low * 10000) / 10000, ciHigh: Math.round(high * 10000) / 10000 };
  });
}

/** Weighted answer shares (codes → shares) of the scale questions in 2020, by sector. */
const DISTRIBUTIONS: Record<string, { codes: Record<number, string>; vetIkke: number; shares: Record<string, number[]> }> = {
  manuelle_operasjoner: {
    codes: { 1: "I svært liten grad", 2: "I liten grad", 3: "I noen grad", 4: "I stor grad", 5: "I svært stor grad", 6: "Vet ikke" },
    vetIkke: 6,
    shares: {
      stat: [0.08, 0.22, 0.35, 0.22, 0.08, 0.05],
      kommune: [0.03, 0.1, 0.24, 0.4, 0.18, 0.05],
      fylkeskommune: [0.05, 0.15, 0.31, 0.3, 0.13, 0.06],
      alle: [0.04, 0.14, 0.27, 0.35, 0.15, 0.05],
    },
  },
  kompetanse: {
    codes: { 1: "Svært uenig", 2: "Uenig", 3: "Verken enig eller uenig", 4: "Enig", 5: "Svært enig", 6: "Vet ikke" },
    vetIkke: 6,
    shares: {
      stat: [0.05, 0.18, 0.27, 0.35, 0.1, 0.05],
      kommune: [0.09, 0.26, 0.3, 0.25, 0.05, 0.05],
      fylkeskommune: [0.06, 0.21, 0.29, 0.3, 0.08, 0.06],
      alle: [0.08, 0.23, 0.29, 0.28, 0.07, 0.05],
    },
  },
  markedssamarbeid: {
    codes: { 1: "I svært liten grad", 2: "I liten grad", 3: "I noen grad", 4: "I stor grad", 5: "I svært stor grad", 8: "Vet ikke" },
    vetIkke: 8,
    shares: {
      stat: [0.06, 0.16, 0.36, 0.28, 0.08, 0.06],
      kommune: [0.09, 0.22, 0.38, 0.2, 0.06, 0.05],
      fylkeskommune: [0.07, 0.2, 0.37, 0.24, 0.07, 0.05],
      alle: [0.08, 0.2, 0.37, 0.23, 0.07, 0.05],
    },
  },
  korona_tempo: {
    codes: { 1: "Mye raskere", 2: "Raskere", 3: "Uendret", 4: "Tregere", 5: "Vet ikke" },
    vetIkke: 5,
    shares: {
      stat: [0.3, 0.4, 0.22, 0.04, 0.04],
      kommune: [0.24, 0.39, 0.28, 0.05, 0.04],
      fylkeskommune: [0.28, 0.4, 0.25, 0.03, 0.04],
      alle: [0.26, 0.39, 0.26, 0.05, 0.04],
    },
  },
};

export function fixtureDistributions(): AnswerShare[] {
  const rows: AnswerShare[] = [];
  for (const [question, spec] of Object.entries(DISTRIBUTIONS)) {
    for (const [group, shares] of Object.entries(spec.shares)) {
      const codes = Object.keys(spec.codes).map(Number);
      const n = SIZES[group as Group].n;
      codes.forEach((code, i) => {
        const share = shares[i] ?? 0;
        rows.push({
          question,
          year: YEAR,
          group: group as Group,
          code,
          label: spec.codes[code] ?? String(code),
          nonSubstantive: code === spec.vetIkke,
          share,
          n: Math.round(share * n),
        });
      });
    }
  }
  return rows;
}
