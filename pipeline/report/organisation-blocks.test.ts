import { describe, expect, it } from "vitest";
import type { OwnAnswer, PeerPosition } from "../benchmark/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { positionText } from "./organisation-blocks.js";

function definition(measure: "share" | "mean"): IndicatorDefinition {
  return {
    id: measure,
    label: measure,
    question: "q",
    measure,
    codes: new Set([4, 5]),
    option: undefined,
    excluded: new Set(),
    firstYear: 2008,
    unit: measure === "share" ? "pct" : "scale-1-5",
  };
}

const kommune = (estimate: number, quartiles: PeerPosition["quartiles"]): PeerPosition => ({
  group: "kommune",
  others: 100,
  estimate: { estimate, ciLow: null, ciHigh: null, n: 100 },
  quartiles,
});
const sizeClass = (shown: boolean, quartiles: PeerPosition["quartiles"]): PeerPosition => ({
  group: "kommune->50k",
  others: 12,
  estimate: shown ? { estimate: 0.8, ciLow: null, ciHigh: null, n: 12 } : undefined,
  quartiles,
});
const none = { q1: undefined, median: undefined, q3: undefined };
const answer = (value: number | null, positions: PeerPosition[]): OwnAnswer => ({
  indicator: "x",
  value,
  nonSubstantive: false,
  positions,
});

describe("positionText", () => {
  it("places a share among the part of its closest shown group that answered as it did", () => {
    const share = definition("share");
    expect(positionText(share, answer(1, [kommune(0.3, none), sizeClass(true, none)]))).toBe(
      "Som 80\u00a0%",
    );
    expect(positionText(share, answer(0, [kommune(0.3, none), sizeClass(false, none)]))).toBe(
      "Som 70\u00a0%",
    );
  });

  it("names the quartile of a mean in the closest group whose quartiles may be shown", () => {
    const mean = definition("mean");
    const quartiles = { q1: 2, median: 3, q3: 4 };
    const at = (value: number) =>
      positionText(mean, answer(value, [kommune(3, quartiles), sizeClass(true, none)]));
    expect([1, 2, 2.5, 3, 3.5, 4, 4.5].map(at)).toEqual([
      "Nederste kvartil (kommuner)",
      "Nest nederste kvartil (kommuner)",
      "Nest nederste kvartil (kommuner)",
      "Nest nederste kvartil (kommuner)",
      "Nest øverste kvartil (kommuner)",
      "Nest øverste kvartil (kommuner)",
      "Øverste kvartil (kommuner)",
    ]);
  });

  it("says the position is not shown when no group may show all three quartiles", () => {
    const mean = definition("mean");
    const partly = { q1: undefined, median: 3, q3: undefined };
    expect(positionText(mean, answer(3, [kommune(3, partly), sizeClass(true, none)]))).toBe(
      "Vises ikke (for få svar)",
    );
  });

  it("gives no position without an answer, and ':' when no group is shown", () => {
    expect(positionText(definition("share"), answer(null, [kommune(0.3, none)]))).toBe("–");
    expect(positionText(definition("share"), answer(1, [sizeClass(false, none)]))).toBe(":");
  });
});
