import { describe, expect, test } from "vitest";
import type { FrameOrganisation, Sector, SizeClass } from "../ingest/types.js";
import { calibrationMargins, MIN_CELL_RESPONDENTS } from "./calibration-margins.js";

const org = (
  id: string,
  sektor: Sector,
  fylke: string,
  sizeClass: SizeClass | null = null,
): FrameOrganisation => ({
  id,
  orgnr: null,
  navn: id,
  sektor,
  fylke,
  kommunenummer: null,
  befolkning: null,
  sizeClass,
  panelId: id,
});
const many = (n: number, make: (i: number) => FrameOrganisation) =>
  Array.from({ length: n }, (_, i) => make(i));

// 3 state agencies (no county), 2 county municipalities, Oslo (03, its own county, > 50k),
// 8 small municipalities in 11 and 8 middle-sized in 15, 2 large in 15.
const frame = [
  ...many(3, (i) => org(`S${i}`, "stat", "")),
  org("F11", "fylkeskommune", "11"),
  org("F15", "fylkeskommune", "15"),
  org("K0301", "kommune", "03", "kommune->50k"),
  ...many(8, (i) => org(`K11${i}`, "kommune", "11", "kommune-<5k")),
  ...many(8, (i) => org(`K15${i}`, "kommune", "15", "kommune-5-20k")),
  ...many(2, (i) => org(`K15L${i}`, "kommune", "15", "kommune->50k")),
];
// Everyone answered but one state agency and one small municipality.
const respondents = frame.filter((o) => o.id !== "S0" && o.id !== "K110");
const margins = calibrationMargins(frame, respondents);
const cell = (label: string) => margins.cells.find((c) => c.label === label);

describe("calibrationMargins", () => {
  test("the class margin is the sectors with municipalities by size class, adding up to the strata", () => {
    const classes = margins.cells.filter((c) => c.margin === "klasse");
    expect(classes.map((c) => [c.label, c.N, c.n])).toEqual([
      ["stat", 3, 2],
      ["kommune-<5k", 8, 7],
      ["kommune-5-20k+kommune->50k", 11, 11],
      ["fylkeskommune", 2, 2],
    ]);
  });

  test("a size class with fewer than 5 respondents joins its neighbour: the last one the one before", () => {
    expect(MIN_CELL_RESPONDENTS).toBe(5);
    expect(cell("kommune-5-20k+kommune->50k")?.members).toEqual(["kommune-5-20k", "kommune->50k"]);
  });

  test("the fylke margin counts municipalities only; Oslo alone joins the next county by code", () => {
    const fylker = margins.cells.filter((c) => c.margin === "fylke");
    expect(fylker.map((c) => [c.label, c.N, c.n])).toEqual([
      ["03+11", 9, 8],
      ["15", 10, 10],
    ]);
  });

  test("state agencies and county municipalities are in their class cell only", () => {
    const unitCells = (id: string) =>
      margins.unitCells[respondents.findIndex((o) => o.id === id)]!.map(
        (c) => margins.cells[c]!.label,
      );
    expect(unitCells("S1")).toEqual(["stat"]);
    expect(unitCells("F11")).toEqual(["fylkeskommune"]);
    expect(unitCells("K0301")).toEqual(["kommune-5-20k+kommune->50k", "03+11"]);
  });

  test("every class cell is a model column, every fylke cell but the first (the classes imply it)", () => {
    expect(margins.columns.map((c) => margins.cells[c]!.label)).toEqual([
      "stat",
      "kommune-<5k",
      "kommune-5-20k+kommune->50k",
      "fylkeskommune",
      "15",
    ]);
  });

  test("a sector without respondents has no cell; with the class margin only there is no fylke", () => {
    const noCounties = calibrationMargins(
      frame,
      respondents.filter((o) => o.sektor !== "fylkeskommune"),
      ["klasse"],
    );
    expect(noCounties.cells.map((c) => c.label)).toEqual([
      "stat",
      "kommune-<5k",
      "kommune-5-20k+kommune->50k",
    ]);
  });
});
