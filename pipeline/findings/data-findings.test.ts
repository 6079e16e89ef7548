import { describe, expect, it } from "vitest";
import { fixtureEstimates } from "../testdata/charts/fixtures.js";
import { definitions } from "../testdata/charts/inputs.js";
import { writeDataFindings } from "./data-findings.js";

describe("writeDataFindings", () => {
  it("gives the change findings, then the sector gaps, with unique ids", () => {
    const ids = writeDataFindings(2020, fixtureEstimates(), definitions).map((f) => f.id);
    expect(ids[ids.length - 1]).toBe("sektorforskjeller");
    expect(new Set(ids).size).toBe(ids.length);
  });
});
