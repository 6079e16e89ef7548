// A hand-made year small enough to check every estimate by hand: 10 organisations in the
// frame (4 stat, 6 kommune), 3 + 4 complete respondents, one partial.
import type { FrameOrganisation, IngestedYear, Respondent } from "../ingest/types.js";

const org = (id: string, sektor: "stat" | "kommune", sizeClass: FrameOrganisation["sizeClass"]) =>
  ({
    id,
    orgnr: null,
    navn: id,
    sektor,
    fylke: "",
    kommunenummer: null,
    befolkning: null,
    sizeClass,
    panelId: id,
  }) satisfies FrameOrganisation;

export const tinyFrame: FrameOrganisation[] = [
  org("S1", "stat", null),
  org("S2", "stat", null),
  org("S3", "stat", null),
  org("S4", "stat", null),
  org("K1", "kommune", "kommune-<5k"),
  org("K2", "kommune", "kommune-<5k"),
  org("K3", "kommune", "kommune->50k"),
  org("K4", "kommune", "kommune->50k"),
  org("K5", "kommune", "kommune->50k"),
  org("K6", "kommune", "kommune-5-20k"),
];

const respondent = (
  id: string,
  tjenesteniva: number | null,
  status: Respondent["status"] = "fullfort",
): Respondent => ({
  year: 2020,
  line: 0,
  id,
  orgnr: null,
  status,
  values: { tjenesteniva, "gevinster.kostnader": tjenesteniva === null ? null : 1 },
  texts: {},
});

/** tjenesteniva: 3 = avansert, 9 = vet ikke, null = blank. */
export function tinyYear(year = 2020): IngestedYear {
  const respondents = [
    respondent("S1", 3),
    respondent("S2", 3),
    respondent("S3", 1),
    respondent("K1", 3),
    respondent("K2", 2),
    respondent("K3", 9),
    respondent("K4", null),
    respondent("K5", 1, "delvis"),
  ].map((r) => ({ ...r, year }));
  const statusCounts = { ny: 0, distribuert: 0, delvis: 0, fullfort: 0, frafalt: 0 };
  for (const r of respondents) statusCounts[r.status]++;
  return {
    year,
    frame: tinyFrame,
    respondents,
    rejects: [],
    files: [],
    unmapped: [],
    notices: [],
    dispositions: respondents.map((r) => ({ id: r.id, line: r.line, status: r.status })),
    statusCounts,
  };
}
