import { describe, expect, test } from "vitest";
import { fixtureDistributions } from "../testdata/charts/fixtures.js";
import { context, question } from "../testdata/charts/inputs.js";
import { divergingLikertChart, toneByCode } from "./diverging-likert.js";

interface Segment {
  gruppe: string;
  svar: string;
  tone: string;
  x0: number;
  x1: number;
}
const parts = (spec: Record<string, unknown>) =>
  spec.hconcat as Array<{ data: { values: Array<Record<string, unknown>> } }>;
const stack = (spec: Record<string, unknown>) =>
  parts(spec)[0]?.data.values as unknown as Segment[];

describe("divergingLikertChart", () => {
  const chart = () =>
    divergingLikertChart({
      question: question("kompetanse"),
      distributions: fixtureDistributions(),
      context,
    });

  test("matches the golden spec for kompetanse", async () => {
    await expect(JSON.stringify(chart().spec, null, 2) + "\n").toMatchFileSnapshot(
      "../testdata/charts/likert-kompetanse.vl.json",
    );
  });

  test("is named likert-<question> with hyphens", () => {
    expect(chart().id).toBe("likert-kompetanse");
    expect(
      divergingLikertChart({
        question: question("manuelle_operasjoner"),
        distributions: fixtureDistributions(),
        context,
      }).id,
    ).toBe("likert-manuelle-operasjoner");
  });

  test("puts negative answers left of zero, positive right, and splits the neutral across zero", () => {
    const stat = stack(chart().spec).filter((s) => s.gruppe === "Stat");
    const by = (svar: string) => stat.find((s) => s.svar === svar);
    expect(by("Uenig")?.x1).toBeLessThan(0);
    expect(by("Svært uenig")?.x1).toBeCloseTo(by("Uenig")?.x0 ?? NaN, 4);
    expect(by("Enig")?.x0).toBeGreaterThan(0);
    const neutral = by("Verken enig eller uenig");
    expect(neutral?.x0).toBeCloseTo(-(neutral?.x1 ?? NaN), 4);
  });

  test("keeps «vet ikke» out of the stack and shows it in its own column", () => {
    const spec = chart().spec;
    expect(stack(spec).some((s) => s.svar === "Vet ikke")).toBe(false);
    const apart = parts(spec)[1]?.data.values;
    expect(apart?.[0]).toMatchObject({ gruppe: "Stat", verdi: "5\u00a0%" });
  });

  test("gives its numbers as a table: a row per group, the answers in order, then «vet ikke»", () => {
    const { columns, rows } = chart().numbers;
    expect(columns).toEqual([
      "Gruppe",
      "Svært uenig",
      "Uenig",
      "Verken enig eller uenig",
      "Enig",
      "Svært enig",
      "Vet ikke",
    ]);
    expect(rows.map((r) => r[0])).toEqual(["Stat", "Kommuner", "Fylkeskommuner", "Alle"]);
    const stat = stack(chart().spec).filter((s) => s.gruppe === "Stat") as unknown as Array<{
      verdi: string;
    }>;
    expect(rows[0]).toEqual(["Stat", ...stat.map((s) => s.verdi), "5\u00a0%"]);
  });

  test("the stack of substantive answers sums to 100 % for every group", () => {
    for (const gruppe of ["Stat", "Kommuner", "Fylkeskommuner", "Alle"]) {
      const own = stack(chart().spec).filter((s) => s.gruppe === gruppe);
      const width = own.reduce((sum, s) => sum + (s.x1 - s.x0), 0);
      expect(width).toBeCloseTo(1, 3);
    }
  });

  test("a reversed scale (korona_tempo: 1 = mye raskere) reads from slowest to fastest", () => {
    const korona = divergingLikertChart({
      question: question("korona_tempo"),
      distributions: fixtureDistributions(),
      context,
      order: [4, 3, 2, 1],
      neutral: 3,
    });
    const stat = stack(korona.spec).filter((s) => s.gruppe === "Stat");
    expect(stat.find((s) => s.svar === "Tregere")?.x1).toBeLessThan(0);
    expect(stat.find((s) => s.svar === "Mye raskere")?.tone).toBe("pos2");
    expect(korona.altText).toContain(
      "Stat: 4\u00a0% tregere, 23\u00a0% uendret og 73\u00a0% raskere eller mye raskere; 4\u00a0% vet ikke.",
    );
  });

  test("tones: the ends of a 5-point scale are strong, a 4-point scale without neutral too", () => {
    expect([...toneByCode([1, 2, 3, 4, 5], 3).values()]).toEqual([
      "neg2",
      "neg1",
      "neutral",
      "pos1",
      "pos2",
    ]);
    expect([...toneByCode([1, 2, 3, 4], undefined).values()]).toEqual([
      "neg2",
      "neg1",
      "pos1",
      "pos2",
    ]);
  });

  test("leaves out a group whose base is below 5", () => {
    const tiny = fixtureDistributions().map((r) =>
      r.group === "fylkeskommune" ? { ...r, n: 0 } : r,
    );
    const spec = divergingLikertChart({
      question: question("kompetanse"),
      distributions: tiny,
      context,
    }).spec;
    expect(stack(spec).some((s) => s.gruppe === "Fylkeskommuner")).toBe(false);
  });
});
