// Stage 7, publish: the only place that writes output/<year>/ (SPEC §4). The year's folder is
// published as one unit (folder-swap.ts): every file is written to a staging folder beside it,
// the manifest last, listing every other file with its checksum, and the staging folder then
// takes the year folder's place. What a killed run left is cleaned first.
//
// Given what it wrote before in the same process (`itip preview`), publish does not write a file
// whose content is unchanged: the published file is hard-linked into the staging folder.
//
// The files are written synchronously: a publication is some fifty files of a few hundred kB in
// all, and going through the thread pool twice a file (mkdir, write) left the stage waiting more
// than writing.
import { linkSync, mkdirSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import type { RenderedChart } from "../charts/types.js";
import { resolveInside } from "./output-path.js";
import { cleanLeftovers, stagingFolder, swapIn } from "./folder-swap.js";
import { sha256, type Manifest } from "./manifest.js";

export interface Publication {
  year: number;
  pdf: Uint8Array;
  indicatorsCsv: string;
  microdataCsv: string;
  rejectsCsv: string;
  charts: readonly RenderedChart[];
  /** The web edition: file contents by path relative to web/. */
  web: ReadonlyMap<string, string | Uint8Array>;
  /**
   * Further files of the publication by their path in the year's folder, written like the
   * others and listed in the manifest: the benchmark reports (virksomheter/<id>.pdf, index.csv).
   */
  additionalFiles?: ReadonlyArray<{ name: string; data: string | Uint8Array }>;
  /** Everything but `outputs`, which publishing fills in. */
  manifest: Omit<Manifest, "outputs">;
}

export interface PublishedFiles {
  directory: string;
  pdf: string;
  files: string[];
  /** The files written this time: all of them, unless their content was written before. */
  written: string[];
}

/** What publish last wrote to each path, with its checksum. */
export type WrittenFiles = Map<
  string,
  { data: string | Uint8Array; sha256: string; bytes: number }
>;

export async function publish(
  outDir: string,
  publication: Publication,
  before: WrittenFiles = new Map(),
): Promise<PublishedFiles> {
  const directory = path.join(outDir, String(publication.year));
  const pdfName = pdfFileName(publication.year);
  const contents = new Map<string, string | Uint8Array>([
    ["indicators.csv", publication.indicatorsCsv],
    ["microdata.csv", publication.microdataCsv],
    ["rejects.csv", publication.rejectsCsv],
  ]);
  for (const chart of publication.charts) {
    contents.set(`charts/${chart.id}.vl.json`, `${JSON.stringify(chart.spec, null, 2)}\n`);
    contents.set(`charts/${chart.id}.svg`, chart.svg);
  }
  for (const [name, data] of publication.web) contents.set(`web/${name}`, data);
  for (const { name, data } of publication.additionalFiles ?? []) contents.set(name, data);
  contents.set(pdfName, publication.pdf);

  await cleanLeftovers(directory);
  const staging = stagingFolder(directory);
  await rm(staging, { recursive: true, force: true });
  const outputs: Manifest["outputs"] = [];
  const written: string[] = [];
  // What `before` learns, once the new folder is in place (not if publishing fails).
  const learnt: WrittenFiles = new Map();
  const folders = new Set<string>();
  try {
    for (const [name, data] of contents) {
      const published = resolveInside(directory, name);
      const file = resolveInside(staging, name);
      const folder = path.dirname(file);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      let entry = before.get(published);
      // Written again if it was deleted meanwhile (someone cleared output/ during a preview).
      if (!entry || !sameData(entry.data, data) || !linked(published, file)) {
        writeFileSync(file, data);
        written.push(name);
        entry = { data, sha256: sha256(data), bytes: byteLength(data) };
        learnt.set(published, entry);
      }
      outputs.push({ file: name, sha256: entry.sha256, bytes: entry.bytes });
    }
    const manifest: Manifest = { ...publication.manifest, outputs };
    writeFileSync(path.join(staging, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    await swapIn(staging, directory);
    for (const [file, entry] of learnt) before.set(file, entry);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return {
    directory,
    pdf: path.join(directory, pdfName),
    files: [...contents.keys(), "manifest.json"],
    written: [...written, "manifest.json"],
  };
}

/** Hard-links the published file into the staging folder; false when it is gone (or cannot be). */
function linked(published: string, file: string): boolean {
  try {
    linkSync(published, file);
    return true;
  } catch {
    return false;
  }
}

/** The report's file name in the year's folder. */
export function pdfFileName(year: number): string {
  return `it-i-praksis-${year}.pdf`;
}

function sameData(a: string | Uint8Array, b: string | Uint8Array): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  return a === b || Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

function byteLength(data: string | Uint8Array): number {
  return typeof data === "string" ? Buffer.byteLength(data) : data.byteLength;
}
