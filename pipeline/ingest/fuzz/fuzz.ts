// The ingest fuzzer (issue 4): mutates the sample exports and checks what must hold for any
// input at all — nothing but an ItipError is ever thrown, every error and reject carries a
// catalogue code, every file keeps rows read = accepted + rejected, and a change of dialect
// alone (encoding, line ends, a sep= line, blank rows at the end) reads exactly like the original.
// Seeded: case i of seed s is the same case on every machine.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ItipError } from "../../errors.js";
import { randomFor } from "../../seeded-random.js";
import type { Questionnaire } from "../../templates/questions.js";
import { decodeBytes } from "../decode.js";
import { ingestBytes, type YearBytes } from "../ingest.js";
import { CellCode, FileCode, RowCode } from "../messages.js";
import type { IngestedYear } from "../types.js";
import { mutate, type Mutation } from "./mutate.js";

const FILES = ["dataset", "structure", "labels", "frame"] as const;
type FileName = (typeof FILES)[number];

const FILE_CODES = new Set<string>(Object.values(FileCode));
const REJECT_CODES = new Set<string>([...Object.values(RowCode), ...Object.values(CellCode)]);

export interface FuzzOptions {
  inputDir: string;
  questionnaire: Questionnaire;
  years: readonly number[];
  cases: number;
  seed: number;
}

export interface FuzzReport {
  cases: number;
  /** `error CODE`, `rejects`, `identical`, `accepted, values changed` → number of cases. */
  outcomes: Record<string, number>;
  /** Mutation name → number of cases. */
  mutations: Record<string, number>;
  /** Cases checked against an exact expectation beyond the invariants. */
  exact: { sameAsOriginal: number; rowCount: number };
  /** Broken invariants, each with what it takes to replay the case. */
  violations: string[];
}

interface Original {
  files: YearBytes;
  result: IngestedYear;
}

async function readYear(options: FuzzOptions, year: number): Promise<Original> {
  const entries = await Promise.all(
    FILES.map(async (name) => [
      name,
      await readFile(path.join(options.inputDir, String(year), `${name}.csv`)),
    ]),
  );
  const files = Object.fromEntries(entries) as unknown as YearBytes;
  const result = await ingestBytes({ year, questionnaire: options.questionnaire, files });
  return { files, result };
}

/** What a comparison of two readings looks at: answers and rejects, with lines shifted back. */
function essence(year: IngestedYear, lineShift: number) {
  return {
    respondents: year.respondents.map((r) => ({ ...r, line: r.line - lineShift })),
    rejects: year.rejects.map((r) => `${r.file}:${r.line - lineShift}:${r.column} ${r.code}`),
    files: year.files.map((f) => [f.file, f.rowsRead, f.rowsAccepted, f.rowsRejected]),
  };
}

function invariants(year: IngestedYear): string[] {
  const broken: string[] = [];
  for (const f of year.files)
    if (f.rowsRead !== f.rowsAccepted + f.rowsRejected || f.rowsRejected < 0)
      broken.push(`${f.file}: rows read ${f.rowsRead} ≠ ${f.rowsAccepted} + ${f.rowsRejected}`);
  for (const r of year.rejects) {
    if (!REJECT_CODES.has(r.code)) broken.push(`reject with unknown code ${r.code}`);
    if (!(r.line >= 1) || r.message === "")
      broken.push(`reject without place or message: ${JSON.stringify(r)}`);
  }
  const dataset = year.files[0];
  if (dataset && year.respondents.length > dataset.rowsAccepted)
    broken.push(
      `${year.respondents.length} respondents from ${dataset.rowsAccepted} accepted rows`,
    );
  return broken;
}

/** One case: mutate one file of one year (sometimes two), ingest, classify, check. */
async function runCase(
  options: FuzzOptions,
  originals: Map<number, Original>,
  index: number,
  report: FuzzReport,
): Promise<void> {
  const random = randomFor(options.seed, "fuzz", index);
  const year = options.years[random.int(options.years.length)]!;
  const original = originals.get(year)!;
  const files: YearBytes = { ...original.files };
  const applied: Array<[FileName, Mutation]> = [];
  for (let n = random.chance(0.15) ? 2 : 1; n > 0; n--) {
    const name = FILES[random.int(FILES.length)]!;
    const decoded = decodeBytes(original.files[name], name);
    const mutation = mutate(files[name], decoded, random);
    files[name] = mutation.bytes;
    applied.push([name, mutation]);
  }
  const label = applied.map(([file, m]) => `${file}:${m.name}`).join("+");
  for (const [, m] of applied) report.mutations[m.name] = (report.mutations[m.name] ?? 0) + 1;
  const replay = `case ${index} (seed ${options.seed}, ${year}, ${label})`;
  const count = (outcome: string) => {
    report.outcomes[outcome] = (report.outcomes[outcome] ?? 0) + 1;
  };

  let result: IngestedYear;
  try {
    result = await ingestBytes({ year, questionnaire: options.questionnaire, files });
  } catch (error) {
    if (!(error instanceof ItipError)) {
      report.violations.push(
        `${replay}: uncaught ${error instanceof Error ? error.stack : String(error)}`,
      );
      count("CRASH");
      return;
    }
    if (!FILE_CODES.has(error.code) || !error.location?.file)
      report.violations.push(
        `${replay}: error without a catalogue code or file: ${error.format()}`,
      );
    if (applied.every(([, m]) => m.preserves))
      report.violations.push(`${replay}: a dialect change alone gave ${error.format()}`);
    count(`error ${error.code}`);
    return;
  }
  for (const broken of invariants(result)) report.violations.push(`${replay}: ${broken}`);
  // Never lose a row: a record added or removed for certain shows in the rows read.
  const [only] = applied;
  if (applied.length === 1 && only && only[1].rowDelta !== undefined) {
    const name = `${year}/${only[0]}.csv`;
    const before = original.result.files.find((f) => f.file === name)?.rowsRead ?? 0;
    const after = result.files.find((f) => f.file === name)?.rowsRead;
    report.exact.rowCount += 1;
    if (after !== before + only[1].rowDelta)
      report.violations.push(
        `${replay}: ${name} rows read ${after}, expected ${before + only[1].rowDelta}`,
      );
  }

  const shift = applied.find(([file, m]) => file === "dataset" && m.lineShift)?.[1].lineShift ?? 0;
  const same =
    JSON.stringify(essence(result, 0).respondents) ===
    JSON.stringify(essence(original.result, 0).respondents);
  if (applied.every(([, m]) => m.preserves)) {
    report.exact.sameAsOriginal += 1;
    const a = essence(original.result, 0);
    const b = essence(result, shift);
    // Only the dataset's lines move with a sep= line in it; compare what the mutation left alone.
    if (
      JSON.stringify(a.respondents) !== JSON.stringify(b.respondents) ||
      JSON.stringify(a.files) !== JSON.stringify(b.files)
    )
      report.violations.push(`${replay}: a dialect change alone changed what was read`);
  }
  if (result.rejects.length > original.result.rejects.length) count("rejects recorded");
  else if (same && shift === 0) count("identical");
  else count("accepted, values changed");
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const originals = new Map<number, Original>();
  for (const year of options.years) originals.set(year, await readYear(options, year));
  const report: FuzzReport = {
    cases: options.cases,
    outcomes: {},
    mutations: {},
    exact: { sameAsOriginal: 0, rowCount: 0 },
    violations: [],
  };
  for (let i = 0; i < options.cases; i++) await runCase(options, originals, i, report);
  return report;
}

export function formatFuzzReport(report: FuzzReport, seconds: number): string {
  const table = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([name, n]) => `  ${String(n).padStart(6)}  ${name}`);
  return [
    `${report.cases} cases in ${seconds.toFixed(1)} s, ${report.violations.length} violations`,
    `exact checks: ${report.exact.sameAsOriginal} dialect changes read as the original, ` +
      `${report.exact.rowCount} added or removed records counted`,
    "outcomes:",
    ...table(report.outcomes),
    "mutations:",
    ...table(report.mutations),
    ...report.violations.slice(0, 20).map((v) => `VIOLATION ${v}`),
  ].join("\n");
}
