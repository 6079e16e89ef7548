// The survey design of one year (SPEC §5): strata = sector, weight w = N_h / n_h where n_h counts
// every complete unit respondent of the stratum. Partial responses count in response rates only.
import type { FrameOrganisation, Respondent, Sector, SizeClass } from "../ingest/types.js";

export interface DesignUnit {
  year: number;
  id: string;
  panelId: string;
  sektor: Sector;
  sizeClass: SizeClass | null;
  stratum: Sector;
  weight: number;
  /** N_h: organisations in the frame of the unit's stratum (for the finite population correction). */
  nStratum: number;
  respondent: Respondent;
}

export interface StratumSummary {
  stratum: Sector;
  /** Organisations in the frame. */
  N: number;
  /** Complete unit respondents: the n_h of the weights. */
  complete: number;
  partial: number;
  /** (complete + partial) / N. */
  responseRate: number;
}

export interface YearDesign {
  year: number;
  frame: FrameOrganisation[];
  /** Complete respondents only: the units estimates are made from. */
  units: DesignUnit[];
  /** Partial respondents: counted in response rates, not estimated. */
  partial: Respondent[];
  strata: StratumSummary[];
}
