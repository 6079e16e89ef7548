// What `itip diff` compares, read from a published folder: indicators.csv by row, rejects.csv
// counted by file and code, and the year from manifest.json. A folder given is a year's folder
// (`output/2020`, holding manifest.json) or an output folder (`output`) with year folders in it.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { ItipError } from "../errors.js";
import { pathExists } from "../path-exists.js";
import type { Manifest } from "../publish/manifest.js";

export interface PublishedYear {
  year: number;
  folder: string;
  /** indicators.csv, each row by its column names. */
  indicators: Array<Record<string, string>>;
  /** Rejected rows and cells by `file` and `code` (tab-separated): how many. */
  rejects: Map<string, number>;
}

/** The publications in `folder`, by year. */
export async function readPublications(folder: string): Promise<Map<number, PublishedYear>> {
  if (await pathExists(path.join(folder, "manifest.json"))) {
    const one = await readPublication(folder);
    return new Map([[one.year, one]]);
  }
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    throw notAPublication(folder, error);
  }
  const years = new Map<number, PublishedYear>();
  for (const name of names.filter((n) => /^\d{4}$/.test(n)).sort())
    if (await pathExists(path.join(folder, name, "manifest.json")))
      years.set(Number(name), await readPublication(path.join(folder, name)));
  if (years.size === 0) throw notAPublication(folder);
  return years;
}

async function readPublication(folder: string): Promise<PublishedYear> {
  const manifest = JSON.parse(
    await readFile(path.join(folder, "manifest.json"), "utf8"),
  ) as Manifest;
  const table = async (name: string) =>
    parse(await readFile(path.join(folder, name)), { columns: true }) as Array<
      Record<string, string>
    >;
  const rejects = new Map<string, number>();
  for (const r of await table("rejects.csv")) {
    const key = `${r.file}\t${r.code}`;
    rejects.set(key, (rejects.get(key) ?? 0) + 1);
  }
  return { year: manifest.year, folder, indicators: await table("indicators.csv"), rejects };
}

function notAPublication(folder: string, cause?: unknown): ItipError {
  return new ItipError(
    "DIFF_NOT_A_PUBLICATION",
    `no publication here: no manifest.json in the folder or in a year folder in it; pass output/<year> or the output folder of a build.`,
    { location: { file: folder }, cause },
  );
}
