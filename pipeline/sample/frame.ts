// The population frame of one year (SPEC §3.2): every organisation invited that year.
// A pure function of the reference tables; see input/reference/README.md for how it is derived.
import type { FrameOrganisation } from "../ingest/types.js";
import { agencyFrame } from "./agencies.js";
import { countyFrame } from "./counties.js";
import { municipalFrame } from "./municipalities.js";
import type { ReferenceTables } from "./reference.js";

/** Municipalities, then county municipalities, then state agencies, each in id order. */
export function buildFrame(reference: ReferenceTables, year: number): FrameOrganisation[] {
  const byId = (a: FrameOrganisation, b: FrameOrganisation) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const municipalities = municipalFrame(reference, year).sort(byId);
  const counties = countyFrame(reference, year, municipalities).sort(byId);
  const agencies = agencyFrame(reference).sort(byId);
  return [...municipalities, ...counties, ...agencies];
}

/** The years the reference data covers (2008–2020), ascending. */
export function frameYears(reference: ReferenceTables): number[] {
  return [...new Set(reference.municipalities.map((m) => m.year))].sort((a, b) => a - b);
}
