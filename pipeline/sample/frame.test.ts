import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { FrameOrganisation } from "../ingest/types.js";
import { buildFrame, frameYears } from "./frame.js";
import { hasValidOrgnrChecksum } from "./orgnr-checksum.js";
import type { ReferenceTables } from "./reference.js";
import { readReference } from "./reference-files.js";

const REFERENCE_DIR = path.resolve(import.meta.dirname, "../../input/reference");

let reference: ReferenceTables;
beforeAll(async () => {
  reference = await readReference(REFERENCE_DIR);
});

function countBySector(frame: readonly FrameOrganisation[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of frame) counts[o.sektor] = (counts[o.sektor] ?? 0) + 1;
  return counts;
}

function byId(frame: readonly FrameOrganisation[], id: string): FrameOrganisation {
  const found = frame.find((o) => o.id === id);
  if (!found) throw new Error(`${id} not in frame`);
  return found;
}

describe("buildFrame", () => {
  it("covers the years 2008 to 2020", () => {
    expect(frameYears(reference)).toEqual([
      2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020,
    ]);
  });

  it("invites 422 municipalities, 17 county municipalities and 90 agencies in 2019", () => {
    const frame = buildFrame(reference, 2019);
    expect(countBySector(frame)).toEqual({ kommune: 422, fylkeskommune: 17, stat: 90 });
    expect(frame).toHaveLength(529);
  });

  it("invites 356 municipalities, 10 county municipalities and 90 agencies in 2020", () => {
    const frame = buildFrame(reference, 2020);
    expect(countBySector(frame)).toEqual({ kommune: 356, fylkeskommune: 10, stat: 90 });
    expect(frame).toHaveLength(456);
  });

  it("gives every organisation a unique id and only valid mod-11 organisation numbers", () => {
    for (const year of frameYears(reference)) {
      const frame = buildFrame(reference, year);
      expect(new Set(frame.map((o) => o.id)).size).toBe(frame.length);
      const orgnrs = frame.flatMap((o) => (o.orgnr === null ? [] : [o.orgnr]));
      expect(orgnrs.filter((n) => !hasValidOrgnrChecksum(n))).toEqual([]);
      expect(new Set(orgnrs).size).toBe(orgnrs.length);
    }
  });

  it("counts Oslo once, as a municipality", () => {
    for (const year of frameYears(reference)) {
      const frame = buildFrame(reference, year);
      expect(frame.filter((o) => o.navn.startsWith("Oslo")).map((o) => o.id)).toEqual(["K0301"]);
    }
  });

  it("links Larvik and Lardal (2017) and Larvik (2019) to the 2020 Larvik", () => {
    expect(byId(buildFrame(reference, 2017), "K0709").panelId).toBe("K3805");
    expect(byId(buildFrame(reference, 2017), "K0728").panelId).toBe("K3805");
    expect(byId(buildFrame(reference, 2019), "K0712").panelId).toBe("K3805");
    expect(byId(buildFrame(reference, 2020), "K3805").panelId).toBe("K3805");
  });

  it("links Andebu and Stokke (2016) through Sandefjord (2019) to the 2020 Sandefjord", () => {
    const frame2016 = buildFrame(reference, 2016);
    expect(["K0706", "K0719", "K0720"].map((id) => byId(frame2016, id).panelId)).toEqual([
      "K3804",
      "K3804",
      "K3804",
    ]);
    expect(byId(buildFrame(reference, 2019), "K0710").panelId).toBe("K3804");
  });

  it("links Rissa (2017) to Indre Fosen and Trondheim 1601 (2017) to 5001", () => {
    expect(byId(buildFrame(reference, 2017), "K1624").panelId).toBe("K5054");
    expect(byId(buildFrame(reference, 2017), "K1601").panelId).toBe("K5001");
  });

  it("keeps the organisation number through a renumbering, never through a merger", () => {
    const trondheim2019 = byId(buildFrame(reference, 2019), "K5001").orgnr;
    expect(trondheim2019).not.toBeNull();
    expect(byId(buildFrame(reference, 2017), "K1601").orgnr).toBe(trondheim2019);
    // Trondheim and Klæbu merged in 2020; Larvik and Lardal in 2018.
    expect(byId(buildFrame(reference, 2020), "K5001").orgnr).toBeNull();
    expect(byId(buildFrame(reference, 2017), "K0709").orgnr).toBeNull();
    expect(byId(buildFrame(reference, 2017), "K0728").orgnr).toBeNull();
    // Sande (Vestfold) was not part of the 2018 Holmestrand merger.
    expect(byId(buildFrame(reference, 2017), "K0713").orgnr).toBe(
      byId(buildFrame(reference, 2019), "K0713").orgnr,
    );
    // Renumbered 2019 → 2020 (Troms og Finnmark), otherwise unchanged: Tromsø.
    expect(byId(buildFrame(reference, 2020), "K5401").orgnr).toBe(
      byId(buildFrame(reference, 2019), "K1902").orgnr,
    );
  });

  it("links the county municipalities to the 2020 county most of their municipalities went to", () => {
    const frame2019 = buildFrame(reference, 2019);
    expect(byId(frame2019, "F06").panelId).toBe("F30"); // Buskerud → Viken
    expect(byId(frame2019, "F11").panelId).toBe("F11");
    expect(byId(buildFrame(reference, 2017), "F16").panelId).toBe("F50");
    expect(byId(buildFrame(reference, 2017), "F16").orgnr).toBeNull();
    expect(byId(buildFrame(reference, 2020), "F30").orgnr).toBeNull();
    expect(byId(buildFrame(reference, 2020), "F11").orgnr).toBe(byId(frame2019, "F11").orgnr);
  });

  it("uses the 2020 population in 2020 and classes municipalities by size", () => {
    const oslo = byId(buildFrame(reference, 2020), "K0301");
    expect(oslo.befolkning).toBe(693494);
    expect(oslo.sizeClass).toBe("kommune->50k");
    const agency = buildFrame(reference, 2020).find((o) => o.sektor === "stat");
    expect(agency?.sizeClass).toBeNull();
    expect(agency?.befolkning).toBeNull();
  });

  it("divides a 2020 successor's population evenly among its predecessors", () => {
    const frame2017 = buildFrame(reference, 2017);
    const larvik2020 = reference.population2020.get("3805") ?? 0;
    expect(byId(frame2017, "K0709").befolkning).toBe(Math.round(larvik2020 / 2));
    expect(byId(frame2017, "K0728").befolkning).toBe(Math.round(larvik2020 / 2));
  });
});
