// The reference tables of input/reference/ (see its README): municipalities and counties per
// year with the 2020 crosswalk, population 2020, and organisation numbers. Parsing is pure; the
// caller reads the files.
import { parse } from "csv-parse/sync";

export interface MunicipalityRow {
  year: number;
  kommunenummer: string;
  navn: string;
  fylkesnummer: string;
  fylke: string;
  /** The 2020 municipality it belongs to (the reform crosswalk). */
  kommunenummer2020: string;
}

export interface CountyRow {
  year: number;
  fylkesnummer: string;
  fylke: string;
}

export interface OrganisationRow {
  orgnr: string;
  navn: string;
  type: "kommune" | "fylkeskommune" | "statlig" | "annet";
  /** 2019 municipality number, `kommune` rows only. */
  kommunenummer: string;
  /** 2019 county number for `kommune` and `fylkeskommune` rows. */
  fylkesnummer: string;
}

export interface ReferenceTables {
  municipalities: MunicipalityRow[];
  counties: CountyRow[];
  /** 2020 municipality number → residents on 1 January 2020. */
  population2020: Map<string, number>;
  organisations: OrganisationRow[];
}

/** The raw text of each reference file, as read from input/reference/. */
export interface ReferenceTexts {
  kommuner: string;
  fylker: string;
  befolkning: string;
  virksomheter: string;
}

export const REFERENCE_FILES: Readonly<Record<keyof ReferenceTexts, string>> = {
  kommuner: "kommuner.csv",
  fylker: "fylker.csv",
  befolkning: "befolkning-2020.csv",
  virksomheter: "virksomheter.csv",
};

type CsvRecord = Record<string, string>;

function records(text: string): CsvRecord[] {
  return parse(text, { columns: true, skip_empty_lines: true }) as CsvRecord[];
}

function field(row: CsvRecord, name: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`reference table lacks column ${name}`);
  return value;
}

const ORGANISATION_TYPES = new Set(["kommune", "fylkeskommune", "statlig", "annet"]);

function organisationType(value: string): OrganisationRow["type"] {
  if (!ORGANISATION_TYPES.has(value)) throw new Error(`unknown organisation type ${value}`);
  return value as OrganisationRow["type"];
}

export function parseReference(texts: ReferenceTexts): ReferenceTables {
  return {
    municipalities: records(texts.kommuner).map((r) => ({
      year: Number(field(r, "year")),
      kommunenummer: field(r, "kommunenummer"),
      navn: field(r, "navn"),
      fylkesnummer: field(r, "fylkesnummer"),
      fylke: field(r, "fylke"),
      kommunenummer2020: field(r, "kommunenummer_2020"),
    })),
    counties: records(texts.fylker).map((r) => ({
      year: Number(field(r, "year")),
      fylkesnummer: field(r, "fylkesnummer"),
      fylke: field(r, "fylke"),
    })),
    population2020: new Map(
      records(texts.befolkning).map((r) => [
        field(r, "kommunenummer"),
        Number(field(r, "befolkning")),
      ]),
    ),
    organisations: records(texts.virksomheter).map((r) => ({
      orgnr: field(r, "orgnr"),
      navn: field(r, "navn"),
      type: organisationType(field(r, "type")),
      kommunenummer: field(r, "kommunenummer"),
      fylkesnummer: field(r, "fylkesnummer"),
    })),
  };
}
