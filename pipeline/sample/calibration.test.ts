import { describe, expect, it } from "vitest";
import type { Sector } from "../ingest/types.js";
import type { Answer } from "./answers.js";
import { RESPONSE_RATES, targetIn, TARGETS, VET_IKKE_RANGE } from "./calibration.js";
import type { SampleYear } from "./generate.js";
import { calibratedFrameAverage } from "./intercepts.js";
import { committedSample } from "./test-sample.js";

const SECTORS: readonly Sector[] = ["stat", "kommune", "fylkeskommune"];

function yearOf(years: readonly SampleYear[], year: number): SampleYear {
  const found = years.find((y) => y.year === year);
  if (!found) throw new Error(`no sample year ${year}`);
  return found;
}

/**
 * The design-weighted share (w = N_h / n_h, n_h = complete responses of sector h) among the
 * substantive answers of complete respondents: what the statistics stage will estimate.
 */
function weightedShare(
  y: SampleYear,
  question: string,
  counts: (answer: Answer) => boolean | undefined,
): number {
  let numerator = 0;
  let denominator = 0;
  for (const sector of SECTORS) {
    const invited = y.responses.filter((r) => r.organisation.sektor === sector);
    const complete = invited.filter((r) => r.status === 4);
    const weight = invited.length / complete.length;
    for (const r of complete) {
      const answer = r.answers.get(question);
      const value = answer === undefined ? undefined : counts(answer);
      if (value === undefined) continue;
      numerator += weight * (value ? 1 : 0);
      denominator += weight;
    }
  }
  return numerator / denominator;
}

const isAdvanced = (answer: Answer) =>
  answer.kind !== "code" || answer.code === 9 ? undefined : answer.code === 3;

/** The frame-weighted population target: Σ_h N_h · target_h / N. */
function totalTarget(y: SampleYear, question: string): number {
  const target = TARGETS.find((t) => t.question === question);
  if (!target) throw new Error(`no target for ${question}`);
  const sum = SECTORS.reduce(
    (s, sector) =>
      s +
      y.frame.filter((o) => o.sektor === sector).length * targetIn(target.bySector[sector], y.year),
    0,
  );
  return sum / y.frame.length / 100;
}

describe("calibration", () => {
  it("hits every population-level target exactly over the frame (model probabilities)", async () => {
    const sample = await committedSample();
    let checked = 0;
    for (const y of sample.years)
      for (const target of TARGETS)
        for (const sector of SECTORS) {
          const average = calibratedFrameAverage(
            target,
            sector,
            y.year,
            y.frame,
            sample.maturity,
            sample.intercepts,
          );
          if (average === undefined) continue;
          const goal = targetIn(target.bySector[sector], y.year);
          expect(average).toBeCloseTo("mean" in target.measure ? goal : goal / 100, 9);
          checked++;
        }
    expect(checked).toBeGreaterThan(500);
  });

  it("puts the frame total of avanserte-tjenester at about 27 % in 2019 and 33 % in 2020", async () => {
    const { years } = await committedSample();
    expect(totalTarget(yearOf(years, 2019), "tjenesteniva")).toBeCloseTo(0.27, 2);
    expect(totalTarget(yearOf(years, 2020), "tjenesteniva")).toBeCloseTo(0.33, 2);
  });

  it("estimates avanserte-tjenester from the respondents within 4 pp of the target, rising 2019 → 2020", async () => {
    const { years } = await committedSample();
    const [y2019, y2020] = [yearOf(years, 2019), yearOf(years, 2020)];
    const estimate2019 = weightedShare(y2019, "tjenesteniva", isAdvanced);
    const estimate2020 = weightedShare(y2020, "tjenesteniva", isAdvanced);
    expect(Math.abs(estimate2019 - totalTarget(y2019, "tjenesteniva"))).toBeLessThan(0.04);
    expect(Math.abs(estimate2020 - totalTarget(y2020, "tjenesteniva"))).toBeLessThan(0.04);
    expect(estimate2020).toBeGreaterThan(estimate2019);
  });

  it("asks tjenesteniva from 2010 only, korona_tempo in 2020 only", async () => {
    const { years } = await committedSample();
    const answered = (y: SampleYear, key: string) => y.responses.some((r) => r.answers.has(key));
    expect(years.filter((y) => answered(y, "tjenesteniva")).map((y) => y.year)[0]).toBe(2010);
    expect(years.filter((y) => answered(y, "korona_tempo")).map((y) => y.year)).toEqual([2020]);
  });

  it("gets response rates near stat 70 %, kommune 55 %, fylkeskommune 80 %, with a few partial", async () => {
    const { years } = await committedSample();
    for (const sector of SECTORS) {
      const invited = years.flatMap((y) =>
        y.responses.filter((r) => r.organisation.sektor === sector),
      );
      const responded = invited.filter((r) => r.status === 3 || r.status === 4);
      expect(responded.length / invited.length).toBeCloseTo(RESPONSE_RATES[sector], 1);
    }
    const all = years.flatMap((y) => y.responses).filter((r) => r.status >= 3 && r.status <= 4);
    const partial = all.filter((r) => r.status === 3).length / all.length;
    expect(partial).toBeGreaterThan(0.01);
    expect(partial).toBeLessThan(0.06);
  });

  it("has 3–8 % 'vet ikke' on the scale items and about 2 % blanks among complete responses", async () => {
    const { years } = await committedSample();
    const complete = years.flatMap((y) => y.responses.filter((r) => r.status === 4));
    const ledelse = complete.map((r) => r.answers.get("ledelse"));
    const vetIkke = ledelse.filter((a) => a?.kind === "code" && a.code === 6).length;
    const blank = ledelse.filter((a) => a === undefined).length;
    expect(vetIkke / ledelse.length).toBeGreaterThanOrEqual(VET_IKKE_RANGE[0] - 0.01);
    expect(vetIkke / ledelse.length).toBeLessThanOrEqual(VET_IKKE_RANGE[1] + 0.01);
    expect(blank / ledelse.length).toBeGreaterThan(0.005);
    expect(blank / ledelse.length).toBeLessThan(0.04);
  });

  it("keeps an organisation's answers correlated from one year to the next", async () => {
    const { years } = await committedSample();
    const level = (y: SampleYear) =>
      new Map(
        y.responses.flatMap((r) => {
          const a = r.answers.get("tjenesteniva");
          return a?.kind === "code" && a.code !== 9 ? [[r.organisation.panelId, a.code]] : [];
        }),
      );
    const [a, b] = [level(yearOf(years, 2018)), level(yearOf(years, 2019))];
    const pairs = [...a].flatMap(([id, x]) => (b.has(id) ? [[x, b.get(id) ?? 0]] : []));
    const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
    const [mx, my] = [mean(pairs.map((p) => p[0] ?? 0)), mean(pairs.map((p) => p[1] ?? 0))];
    const cov = mean(pairs.map(([x = 0, y = 0]) => (x - mx) * (y - my)));
    const sd = (values: number[], m: number) => Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
    const r =
      cov /
      (sd(
        pairs.map((p) => p[0] ?? 0),
        mx,
      ) *
        sd(
          pairs.map((p) => p[1] ?? 0),
          my,
        ));
    expect(pairs.length).toBeGreaterThan(150);
    expect(r).toBeGreaterThan(0.3);
  });

  it("makes competence the most named barrier in recent years", async () => {
    const { years } = await committedSample();
    for (const year of [2018, 2019, 2020]) {
      const y = yearOf(years, year);
      const chosen = (value: number) =>
        weightedShare(y, "barrierer", (a) => a.kind === "choices" && a.chosen.has(value));
      const shares = [1, 2, 3, 4, 5, 6].map(chosen);
      expect(Math.max(...shares)).toBe(shares[0]);
    }
  });
});
