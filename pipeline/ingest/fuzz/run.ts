// `npm run fuzz [-- --cases 2000 --seed 1 --input input]`: the ingest fuzzer over the sample
// input. Prints outcome counts; exits 1 if any invariant broke (each violation says how to
// replay it), 0 otherwise.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseQuestionnaire } from "../../templates/questions.js";
import { formatFuzzReport, runFuzz } from "./fuzz.js";

const { values } = parseArgs({
  options: {
    cases: { type: "string", default: "2000" },
    seed: { type: "string", default: "1" },
    input: { type: "string", default: "input" },
    templates: { type: "string", default: "templates" },
  },
});

const questionnaire = parseQuestionnaire(
  readFileSync(`${values.templates}/questions.yaml`, "utf8"),
);
const start = performance.now();
const report = await runFuzz({
  inputDir: values.input,
  questionnaire,
  years: Array.from({ length: 13 }, (_, i) => 2008 + i),
  cases: Number(values.cases),
  seed: Number(values.seed),
});
console.log(formatFuzzReport(report, (performance.now() - start) / 1000));
process.exitCode = report.violations.length === 0 ? 0 : 1;
