// Stage 2, survey: the stratified design of one year (SPEC §5). Strata are the sectors; every
// complete respondent of stratum h gets the design weight N_h / n_h, item non-respondents
// included. Partial responses count towards response rates but are not estimated from. With
// calibrated weights (calibration.ts) the design weights are then raked to the frame's totals.
import type { IngestedYear, FrameOrganisation, Respondent, Sector } from "../ingest/types.js";
import { SECTORS } from "../ingest/types.js";
import { calibrateDesign } from "./calibration.js";
import type { DesignUnit, StratumSummary, Weighting, YearDesign } from "./types.js";

export function designYear(ingested: IngestedYear, weighting: Weighting = "sector"): YearDesign {
  const design = sectorDesign(ingested);
  return weighting === "calibrated" ? calibrateDesign(design) : design;
}

function sectorDesign(ingested: IngestedYear): YearDesign {
  const frameById = new Map(ingested.frame.map((org) => [org.id, org]));
  const complete = ingested.respondents.filter((r) => r.status === "fullfort");
  const partial = ingested.respondents.filter((r) => r.status === "delvis");
  const strata = SECTORS.map((sector) =>
    summariseStratum(sector, ingested.frame, complete, partial, frameById),
  );
  const stratumOf = new Map(strata.map((s) => [s.stratum, s]));
  const units = complete.flatMap((respondent): DesignUnit[] => {
    const org = frameById.get(respondent.id);
    const stratum = org && stratumOf.get(org.sektor);
    if (!org || !stratum) return []; // ingest rejects ids outside the frame; nothing to weight
    return [
      {
        year: ingested.year,
        id: org.id,
        panelId: org.panelId,
        sektor: org.sektor,
        sizeClass: org.sizeClass,
        fylke: org.fylke,
        stratum: org.sektor,
        designWeight: stratum.N / stratum.complete,
        weight: stratum.N / stratum.complete,
        nStratum: stratum.N,
        respondent,
      },
    ];
  });
  return {
    year: ingested.year,
    frame: ingested.frame,
    units,
    partial,
    strata,
    weighting: "sector",
    calibration: undefined,
  };
}

function summariseStratum(
  sector: Sector,
  frame: FrameOrganisation[],
  complete: Respondent[],
  partial: Respondent[],
  frameById: Map<string, FrameOrganisation>,
): StratumSummary {
  const inSector = (r: Respondent) => frameById.get(r.id)?.sektor === sector;
  const N = frame.filter((org) => org.sektor === sector).length;
  const nComplete = complete.filter(inSector).length;
  const nPartial = partial.filter(inSector).length;
  return {
    stratum: sector,
    N,
    complete: nComplete,
    partial: nPartial,
    responseRate: N === 0 ? 0 : (nComplete + nPartial) / N,
  };
}
