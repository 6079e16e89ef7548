// The tidy tables of output/<year>/ as CSV text: indicators.csv and rejects.csv (SPEC §4).
import type { IndicatorEstimate } from "../indicators/types.js";
import type { Microdata } from "../indicators/microdata.js";
import type { Reject } from "../ingest/types.js";
import { toCsv } from "./csv.js";

const INDICATOR_COLUMNS = [
  "indicator",
  "year",
  "group",
  "estimate",
  "se",
  "ci_low",
  "ci_high",
  "df",
  "n",
  "n_vet_ikke",
  "N",
  "response_rate",
  "suppressed",
  "change_pp",
  "change_rel",
  "change_se",
  "p_value",
  "p_adjusted",
] as const;

export function indicatorsCsv(estimates: readonly IndicatorEstimate[]): string {
  return toCsv(
    INDICATOR_COLUMNS,
    estimates.map((e) => [
      e.indicator,
      e.year,
      e.group,
      e.estimate,
      e.se,
      e.ciLow,
      e.ciHigh,
      e.df,
      e.n,
      e.nVetIkke,
      e.N,
      e.responseRate,
      e.suppressed,
      e.changePp,
      e.changeRel,
      e.changeSe,
      e.pValue,
      e.pAdjusted,
    ]),
  );
}

export function microdataCsv(microdata: Microdata): string {
  return toCsv(microdata.header, microdata.rows());
}

export function rejectsCsv(rejects: readonly Reject[]): string {
  return toCsv(
    ["file", "line", "column", "code", "message", "raw"],
    rejects.map((r) => [r.file, r.line, r.column, r.code, r.message, r.raw]),
  );
}
