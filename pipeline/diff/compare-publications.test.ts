// What itip diff finds between two publications, on tables small enough to read.
import { describe, expect, it } from "vitest";
import { comparePublications } from "./compare-publications.js";
import { beyondRounding } from "./published-precision.js";
import type { PublishedYear } from "./read-publication.js";

const row = (indicator: string, group: string, estimate: string, n = "100") => ({
  indicator,
  year: "2020",
  group,
  estimate,
  n,
});

function publication(
  indicators: Array<Record<string, string>>,
  rejects: Array<[string, number]> = [],
): PublishedYear {
  return { year: 2020, folder: "out", indicators, rejects: new Map(rejects) };
}

const measures = new Map([
  ["strategi", "share" as const],
  ["markedssamarbeid", "mean" as const],
]);

describe("beyondRounding", () => {
  it("compares shares in whole percent, as the report shows them", () => {
    expect(beyondRounding("estimate", "share", "0.231", "0.234")).toBe(false);
    expect(beyondRounding("estimate", "share", "0.234", "0.236")).toBe(true);
    // Half away from zero: 23.5 % is shown as 24 %.
    expect(beyondRounding("estimate", "share", "0.2349", "0.235")).toBe(true);
  });

  it("compares means with one decimal, and a share's change in whole percentage points", () => {
    expect(beyondRounding("estimate", "mean", "2.91", "2.94")).toBe(false);
    expect(beyondRounding("estimate", "mean", "2.94", "2.96")).toBe(true);
    expect(beyondRounding("change_pp", "share", "4.7", "5.4")).toBe(false);
  });

  it("counts every change of a count, of a blank, or of an indicator it does not know", () => {
    expect(beyondRounding("n", "share", "100", "101")).toBe(true);
    expect(beyondRounding("change_pp", "share", "", "0.1")).toBe(true);
    expect(beyondRounding("estimate", undefined, "0.2311", "0.2312")).toBe(true);
  });
});

describe("comparePublications", () => {
  it("lists every number that changed, with its row and whether the report shows it", () => {
    const diff = comparePublications(
      publication([row("strategi", "alle", "0.5"), row("strategi", "stat", "0.40")]),
      publication([row("strategi", "alle", "0.501", "101"), row("strategi", "stat", "0.4")]),
      measures,
    );
    expect(diff.numbers).toEqual([
      {
        indicator: "strategi",
        group: "alle",
        year: "2020",
        column: "estimate",
        old: "0.5",
        new: "0.501",
        beyondRounding: false,
      },
      {
        indicator: "strategi",
        group: "alle",
        year: "2020",
        column: "n",
        old: "100",
        new: "101",
        beyondRounding: true,
      },
    ]);
  });

  it("names indicators added and removed, and rows of an indicator both have", () => {
    const diff = comparePublications(
      publication([row("strategi", "alle", "0.5"), row("gammel", "alle", "0.1")]),
      publication([
        row("strategi", "alle", "0.5"),
        row("strategi", "stat", "0.6"),
        row("ny", "alle", "0.2"),
      ]),
      measures,
    );
    expect(diff.numbers).toEqual([]);
    expect(diff.indicatorsAdded).toEqual(["ny"]);
    expect(diff.indicatorsRemoved).toEqual(["gammel"]);
    expect(diff.rowsAdded).toEqual([{ indicator: "strategi", group: "stat", year: "2020" }]);
    expect(diff.rowsRemoved).toEqual([]);
  });

  it("names a column only one of them has, and lists none of its numbers", () => {
    const diff = comparePublications(
      publication([row("strategi", "alle", "0.5")]),
      publication([{ ...row("strategi", "alle", "0.5"), p_adjusted: "0.2" }]),
      measures,
    );
    expect(diff.columnsAdded).toEqual(["p_adjusted"]);
    expect(diff.columnsRemoved).toEqual([]);
    expect(diff.numbers).toEqual([]);
  });

  it("gives the counts of rejects by file and code that differ", () => {
    const diff = comparePublications(
      publication([], [["2020/dataset.csv\tROW_DUPLICATE_ID", 2]]),
      publication(
        [],
        [
          ["2020/dataset.csv\tROW_DUPLICATE_ID", 2],
          ["2020/dataset.csv\tCELL_CODE_UNKNOWN", 1],
        ],
      ),
      measures,
    );
    expect(diff.rejects).toEqual([
      { file: "2020/dataset.csv", code: "CELL_CODE_UNKNOWN", old: 0, new: 1 },
    ]);
  });
});
