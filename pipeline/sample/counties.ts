// The county municipalities (sektor `fylkeskommune`) of one year's frame. Oslo (03) is both a
// municipality and a county; it is counted once, as a municipality.
import type { FrameOrganisation } from "../ingest/types.js";
import { groupBy } from "./group-by.js";
import type { ReferenceTables } from "./reference.js";

const OSLO = "03";
const ORGNR_YEAR = 2019;

/** The most common value; ties go to the smallest, so the result does not depend on order. */
function majority(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const [value, count] of counts)
    if (!best || count > best[1] || (count === best[1] && value < best[0])) best = [value, count];
  return best?.[0];
}

/**
 * The county authority's organisation number: virksomheter.csv knows the 2019 authorities, so a
 * county of another year gets one only where it has the number and name of a 2019 county.
 */
function countyOrgnr(
  reference: ReferenceTables,
  fylkesnummer: string,
  fylke: string,
): string | null {
  const same2019 = reference.counties.some(
    (c) => c.year === ORGNR_YEAR && c.fylkesnummer === fylkesnummer && c.fylke === fylke,
  );
  if (!same2019) return null;
  const organisation = reference.organisations.find(
    (o) => o.type === "fylkeskommune" && o.fylkesnummer === fylkesnummer,
  );
  return organisation?.orgnr ?? null;
}

/** `municipalities` is the same year's municipal frame (for county populations). */
export function countyFrame(
  reference: ReferenceTables,
  year: number,
  municipalities: readonly FrameOrganisation[],
): FrameOrganisation[] {
  const municipalitiesByCounty = groupBy(municipalities, (m) => m.fylke);
  return reference.counties
    .filter((c) => c.year === year && c.fylkesnummer !== OSLO)
    .map((c) => {
      const members = municipalitiesByCounty.get(c.fylkesnummer) ?? [];
      // A panel id "K3001" → 2020 county "30": municipality numbers start with the county's.
      const county2020 = majority(members.map((m) => m.panelId.slice(1, 3))) ?? c.fylkesnummer;
      return {
        id: `F${c.fylkesnummer}`,
        orgnr: countyOrgnr(reference, c.fylkesnummer, c.fylke),
        navn: `${c.fylke} fylkeskommune`,
        sektor: "fylkeskommune",
        fylke: c.fylkesnummer,
        kommunenummer: null,
        befolkning: members.reduce((sum, m) => sum + (m.befolkning ?? 0), 0),
        sizeClass: null,
        panelId: `F${county2020}`,
      };
    });
}
