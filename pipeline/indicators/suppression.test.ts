import { describe, expect, test } from "vitest";
import { suppress } from "./suppression.js";
import { GROUPS, type Group, type IndicatorEstimate } from "./types.js";

const row = (group: Group, n: number): IndicatorEstimate => ({
  indicator: "x",
  year: 2020,
  group,
  estimate: 0.5,
  se: 0.1,
  ciLow: 0.3,
  ciHigh: 0.7,
  df: n - 1,
  n,
  nVetIkke: 0,
  N: 100,
  responseRate: 0.6,
  suppressed: false,
  changePp: 1,
  changeRel: 2,
  changeSe: 1,
  pValue: 0.3,
  pAdjusted: 0.6,
});

const bases = (overrides: Partial<Record<Group, number>>) =>
  GROUPS.map((g) => row(g, overrides[g] ?? 50));
const hidden = (rows: IndicatorEstimate[]) => rows.filter((r) => r.suppressed).map((r) => r.group);

describe("suppress", () => {
  test("publishes every estimate with a base of 5 or more", () => {
    expect(hidden(suppress(bases({ fylkeskommune: 5 })))).toEqual([]);
  });

  test("hides an estimate with a base under 5, and every number estimated from it", () => {
    const rows = suppress(bases({ "kommune->50k": 4, "kommune-20-50k": 3 }));
    const small = rows.find((r) => r.group === "kommune->50k")!;
    expect(small).toMatchObject({ suppressed: true, estimate: null, se: null, ciLow: null });
    expect(small).toMatchObject({ changePp: null, changeRel: null, changeSe: null, pValue: null });
    expect(small).toMatchObject({ n: 4, N: 100 });
  });

  test("hides a second sector when one hidden sector could be worked out from the total", () => {
    expect(hidden(suppress(bases({ fylkeskommune: 4, stat: 30 })))).toEqual([
      "stat",
      "fylkeskommune",
    ]);
  });

  test("hides a second size class when one hidden size class could be worked out from the municipalities", () => {
    expect(hidden(suppress(bases({ "kommune->50k": 2, "kommune-20-50k": 12 })))).toEqual([
      "kommune-20-50k",
      "kommune->50k",
    ]);
  });

  test("needs nothing more when two of a breakdown are already hidden", () => {
    expect(hidden(suppress(bases({ "kommune->50k": 2, "kommune-<5k": 3 })))).toEqual([
      "kommune-<5k",
      "kommune->50k",
    ]);
  });
});
