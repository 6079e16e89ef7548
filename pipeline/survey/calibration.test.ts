// Calibrated weights of the sample input: every margin's total is met, the strata stay the
// design, and the weights' spread is reported.
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { ingestYear } from "../ingest/ingest.js";
import type { FrameOrganisation, IngestedYear, SizeClass } from "../ingest/types.js";
import { projectRoot } from "../package-info.js";
import { loadTemplates } from "../templates/load-templates.js";
import { designYear } from "./design.js";
import { tinyYear } from "../testdata/tiny-survey.js";

const years = [2009, 2016, 2020];
let ingested: IngestedYear[];

beforeAll(async () => {
  const root = projectRoot();
  const templates = await loadTemplates(path.join(root, "templates"));
  ingested = await Promise.all(
    years.map((year) =>
      ingestYear({
        inputDir: path.join(root, "input"),
        year,
        questionnaire: templates.questionnaire,
      }),
    ),
  );
});

describe.each(years.map((year, i) => ({ year, i })))("calibrated weights of $year", ({ i }) => {
  const calibrated = () => designYear(ingested[i]!, "calibrated");
  const sector = () => designYear(ingested[i]!, "sector");

  test("reproduce every margin's total: each cell's weights add up to its count in the frame", () => {
    const design = calibrated();
    const { margins, after } = design.calibration!;
    expect(margins.cells.length).toBeGreaterThan(10);
    margins.cells.forEach((cell, c) => {
      const members = design.frame.filter((org) =>
        cell.margin === "klasse"
          ? cell.members.includes(org.sektor === "kommune" ? org.sizeClass! : org.sektor)
          : org.sektor === "kommune" && cell.members.includes(org.fylke),
      );
      const weights = design.units
        .filter((_, u) => margins.unitCells[u]!.includes(c))
        .reduce((sum, unit) => sum + unit.weight, 0);
      expect(members.length, cell.label).toBe(cell.N);
      expect(Math.abs(weights - cell.N), cell.label).toBeLessThan(1e-9);
      expect(Math.abs(after[c]! - cell.N), cell.label).toBeLessThan(1e-9);
    });
  });

  test("keep the strata: each sector's weights add up to N_h, and state agencies keep N_h / n_h", () => {
    const design = calibrated();
    for (const stratum of design.strata) {
      const units = design.units.filter((u) => u.stratum === stratum.stratum);
      const sum = units.reduce((s, u) => s + u.weight, 0);
      expect(Math.abs(sum - stratum.N)).toBeLessThan(1e-9);
    }
    const before = sector().units;
    design.units.forEach((unit, u) => {
      expect(unit.designWeight).toBe(before[u]!.weight);
      if (unit.sektor !== "kommune") expect(unit.weight).toBeCloseTo(unit.designWeight, 12);
    });
  });

  test("vary within the municipalities, and say how much (min, max, design effect)", () => {
    const spread = calibrated().calibration!.spread;
    const kommune = spread.find((s) => s.group === "kommune")!;
    expect(kommune.max).toBeGreaterThan(kommune.min);
    expect(kommune.designEffect).toBeGreaterThan(1);
    expect(kommune.designEffect).toBeLessThan(1.5);
    expect(spread.find((s) => s.group === "stat")!.designEffect).toBeCloseTo(1, 12);
  });
});

describe("calibrateDesign", () => {
  test("county municipalities are never calibrated by county: one per county would be a census", () => {
    const design = designYear(ingested[2]!, "calibrated");
    const { margins } = design.calibration!;
    design.units.forEach((unit, u) => {
      const inFylke = margins.unitCells[u]!.some((c) => margins.cells[c]!.margin === "fylke");
      expect(inFylke).toBe(unit.sektor === "kommune");
    });
  });

  test("Oslo, a county of one municipality, is merged with the next county", () => {
    const labels = designYear(ingested[2]!, "calibrated").calibration!.margins.cells.map(
      (c) => c.label,
    );
    expect(labels).toContain("03+11");
  });

  test("a frame without counties is calibrated to the class margin alone", () => {
    const design = designYear(tinyYear(), "calibrated");
    expect(design.calibration?.margins.cells.every((c) => c.margin === "klasse")).toBe(true);
    expect(design.calibration?.dropped).toBeUndefined();
    expect(design.units.map((u) => u.weight).every(Number.isFinite)).toBe(true);
  });

  test("margins that cannot be met together (each county one size class) drop the county margin", () => {
    const municipality = (id: string, fylke: string, sizeClass: SizeClass): FrameOrganisation => ({
      id,
      orgnr: null,
      navn: id,
      sektor: "kommune",
      fylke,
      kommunenummer: null,
      befolkning: null,
      sizeClass,
      panelId: id,
    });
    const frame = [
      ...Array.from({ length: 8 }, (_, i) => municipality(`A${i}`, "11", "kommune-<5k")),
      ...Array.from({ length: 8 }, (_, i) => municipality(`B${i}`, "15", "kommune-5-20k")),
    ];
    const year = tinyYear();
    const respondents = frame.slice(1).map((org) => ({ ...year.respondents[0]!, id: org.id }));
    const design = designYear({ ...year, frame, respondents }, "calibrated");
    expect(design.calibration?.dropped).toBe("fylke");
    expect(design.units.find((u) => u.id === "A1")?.weight).toBeCloseTo(8 / 7, 12);
  });
});
