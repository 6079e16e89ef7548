// The state agencies (sektor `stat`) of the frame: every `statlig` row of virksomheter.csv, in
// every year. We do not know when each agency was founded, so all are invited every year.
import type { FrameOrganisation } from "../ingest/types.js";
import type { ReferenceTables } from "./reference.js";

export function agencyFrame(reference: ReferenceTables): FrameOrganisation[] {
  return reference.organisations
    .filter((o) => o.type === "statlig")
    .map((o) => ({
      id: `S${o.orgnr}`,
      orgnr: o.orgnr,
      navn: o.navn,
      sektor: "stat",
      fylke: "",
      kommunenummer: null,
      befolkning: null,
      sizeClass: null,
      panelId: `S${o.orgnr}`,
    }));
}
