// A few hundred cases of the ingest fuzzer on every `npm test`; `npm run fuzz` runs thousands.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseQuestionnaire } from "../../templates/questions.js";
import { formatFuzzReport, runFuzz } from "./fuzz.js";

const YEARS = Array.from({ length: 13 }, (_, i) => 2008 + i);
const present = YEARS.every((year) => existsSync(`input/${year}/dataset.csv`));

describe.skipIf(!present)("ingest fuzzing of the sample exports", () => {
  test("250 seeded mutations: only coded errors or recorded rejects, every row accounted for", async () => {
    const start = performance.now();
    const report = await runFuzz({
      inputDir: "input",
      questionnaire: parseQuestionnaire(readFileSync("templates/questions.yaml", "utf8")),
      years: YEARS,
      cases: 250,
      seed: 20,
    });
    console.log(formatFuzzReport(report, (performance.now() - start) / 1000));
    expect(report.violations).toEqual([]);
    const outcomes = Object.keys(report.outcomes);
    // The mutations reach both kinds of outcome, not only one.
    expect(outcomes.some((o) => o.startsWith("error INPUT_"))).toBe(true);
    expect(outcomes).toContain("rejects recorded");
    expect(outcomes).not.toContain("CRASH");
  });
});
