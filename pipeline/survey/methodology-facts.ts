// The facts the methodology appendix states about one year: frame and response by sector,
// and what happened to the rows of the dataset.
import type { IngestedYear } from "../ingest/types.js";
import type { StratumSummary, YearDesign } from "./types.js";

export interface MethodologyFacts {
  strata: StratumSummary[];
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rejectsByCode: Array<{ code: string; count: number }>;
  yearsCovered: number[];
}

export function methodologyFacts(
  design: YearDesign,
  ingested: IngestedYear,
  yearsCovered: readonly number[],
): MethodologyFacts {
  const dataset = ingested.files.find((f) => f.file.endsWith("dataset.csv"));
  const counts = new Map<string, number>();
  for (const reject of ingested.rejects)
    counts.set(reject.code, (counts.get(reject.code) ?? 0) + 1);
  return {
    strata: design.strata,
    rowsRead: dataset?.rowsRead ?? 0,
    rowsAccepted: dataset?.rowsAccepted ?? 0,
    rowsRejected: dataset?.rowsRejected ?? 0,
    rejectsByCode: [...counts]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    yearsCovered: [...yearsCovered],
  };
}
