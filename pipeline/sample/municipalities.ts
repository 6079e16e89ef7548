// The municipalities (sektor `kommune`) of one year's frame.
//
// panel_id follows the 2020 crosswalk, so the predecessors of a 2020 merger share a panel id.
// orgnr is only known for the 2019 municipalities (virksomheter.csv); another year's municipality
// gets it only where it is the same municipality as in 2019, never through a merger.
import type { FrameOrganisation } from "../ingest/types.js";
import type { MunicipalityRow, ReferenceTables } from "./reference.js";
import { groupBy } from "./group-by.js";
import { sizeClassOf } from "./size-class.js";

const ORGNR_YEAR = 2019;
const CROSSWALK_YEAR = 2020;

export function municipalitiesOf(reference: ReferenceTables, year: number): MunicipalityRow[] {
  return reference.municipalities.filter((m) => m.year === year);
}

/**
 * The 2019 municipality that `m` (of another year) is the same municipality as, if any:
 * the 2019 row of the same 2020 successor with the same name, and either the same number or a
 * pure renumbering (every municipality of that successor group kept its name, none merged away).
 */
function same2019Municipality(
  m: MunicipalityRow,
  yearGroup: readonly MunicipalityRow[],
  group2019: readonly MunicipalityRow[],
): MunicipalityRow | undefined {
  const candidates = group2019.filter((c) => c.navn === m.navn);
  const candidate = candidates[0];
  if (candidate === undefined || candidates.length > 1) return undefined;
  if (candidate.kommunenummer === m.kommunenummer) return candidate;
  const names2019 = new Set(group2019.map((c) => c.navn));
  const onlyRenumbered =
    yearGroup.length === group2019.length && yearGroup.every((g) => names2019.has(g.navn));
  return onlyRenumbered ? candidate : undefined;
}

/** For a 2020 municipality: the one 2019 municipality it continues, if it is not a merger. */
function continued2019Municipality(
  group2019: readonly MunicipalityRow[],
): MunicipalityRow | undefined {
  return group2019.length === 1 ? group2019[0] : undefined;
}

/** The 2019 organisation number of each 2019 municipality number. */
function municipalOrgnrs(reference: ReferenceTables): Map<string, string> {
  return new Map(
    reference.organisations
      .filter((o) => o.type === "kommune")
      .map((o): [string, string] => [o.kommunenummer, o.orgnr]),
  );
}

/**
 * Population: only 2020 figures exist. Earlier years divide the 2020 population of the successor
 * evenly among that year's municipalities mapping to it (an approximation; it only drives
 * size classes and county totals).
 */
function approximatePopulation(
  population2020: number | undefined,
  successorsShare: number,
): number | null {
  if (population2020 === undefined) return null;
  return Math.round(population2020 / successorsShare);
}

export function municipalFrame(reference: ReferenceTables, year: number): FrameOrganisation[] {
  const rows = municipalitiesOf(reference, year);
  const byGroup = groupBy(rows, (m) => m.kommunenummer2020);
  const groups2019 = groupBy(municipalitiesOf(reference, ORGNR_YEAR), (m) => m.kommunenummer2020);
  const orgnrs = municipalOrgnrs(reference);

  return rows.map((m) => {
    const yearGroup = byGroup.get(m.kommunenummer2020) ?? [m];
    const group2019 = groups2019.get(m.kommunenummer2020) ?? [];
    const match =
      year === ORGNR_YEAR
        ? m
        : year === CROSSWALK_YEAR
          ? continued2019Municipality(group2019)
          : same2019Municipality(m, yearGroup, group2019);
    const befolkning = approximatePopulation(
      reference.population2020.get(m.kommunenummer2020),
      yearGroup.length,
    );
    return {
      id: `K${m.kommunenummer}`,
      orgnr: (match && orgnrs.get(match.kommunenummer)) ?? null,
      navn: m.navn,
      sektor: "kommune",
      fylke: m.fylkesnummer,
      kommunenummer: m.kommunenummer,
      befolkning,
      sizeClass: befolkning === null ? null : sizeClassOf(befolkning),
      panelId: `K${m.kommunenummer2020}`,
    };
  });
}
