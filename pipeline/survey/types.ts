// The survey design of one year (SPEC §5): strata = sector, design weight d = N_h / n_h where n_h
// counts every complete unit respondent of the stratum; with calibrated weights (the default),
// d raked to the frame's totals of municipality size class and county. Partial responses count in
// response rates only.
import type { FrameOrganisation, Respondent, Sector, SizeClass } from "../ingest/types.js";
import type { CalibrationFit } from "./calibrated-variance.js";
import type { CalibrationMargins, MarginName } from "./calibration-margins.js";

/**
 * How the units are weighted: `sector` = the design weights N_h / n_h; `calibrated` = those
 * raked to the frame's totals by sector and municipality size class, and municipalities by county.
 */
export type Weighting = "sector" | "calibrated";
export const WEIGHTINGS: readonly Weighting[] = ["sector", "calibrated"];

export interface DesignUnit {
  year: number;
  id: string;
  panelId: string;
  sektor: Sector;
  sizeClass: SizeClass | null;
  /** County code from the frame ("" for state agencies). */
  fylke: string;
  stratum: Sector;
  /** d = N_h / n_h of the unit's stratum. */
  designWeight: number;
  /** The weight estimates use: d, or d · g when calibrated. */
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
  weighting: Weighting;
  /** The calibration behind the weights; undefined with sector weights. */
  calibration: YearCalibration | undefined;
}

export interface YearCalibration {
  /** The margins used, their cells and each unit's cells (unitCells follows `units`). */
  margins: CalibrationMargins;
  /** A margin left out because the margins could not be met together; undefined if none. */
  dropped: MarginName | undefined;
  /** Per cell of `margins.cells`: Σ of the design weights (before) and of the calibrated weights (after). */
  before: number[];
  after: number[];
  /** What the variance of a calibrated estimator needs. */
  fit: CalibrationFit;
  /** The spread of the weights, per sector and for all units. */
  spread: WeightSpread[];
}

export interface WeightSpread {
  group: Sector | "alle";
  n: number;
  min: number;
  max: number;
  /** Kish's design effect of weighting, n Σw² / (Σw)² = 1 + CV² of the weights. */
  designEffect: number;
}
