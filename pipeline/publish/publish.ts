// Stage 7, publish: the only place that writes output/<year>/ (SPEC §4). Every file is written
// atomically; the manifest goes last and lists every other file with its checksum. Given what it
// wrote before in the same process (`itip preview`), it skips a file whose content is unchanged.
import path from "node:path";
import type { RenderedChart } from "../charts/types.js";
import { pathExists } from "../path-exists.js";
import { resolveInside, writeFileAtomic } from "./atomic-write.js";
import { sha256, type Manifest } from "./manifest.js";

export interface Publication {
  year: number;
  pdf: Uint8Array;
  indicatorsCsv: string;
  microdataCsv: string;
  rejectsCsv: string;
  charts: readonly RenderedChart[];
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
  const pdfName = `it-i-praksis-${publication.year}.pdf`;
  const contents = new Map<string, string | Uint8Array>([
    ["indicators.csv", publication.indicatorsCsv],
    ["microdata.csv", publication.microdataCsv],
    ["rejects.csv", publication.rejectsCsv],
  ]);
  for (const chart of publication.charts) {
    contents.set(`charts/${chart.id}.vl.json`, `${JSON.stringify(chart.spec, null, 2)}\n`);
    contents.set(`charts/${chart.id}.svg`, chart.svg);
  }
  for (const { name, data } of publication.additionalFiles ?? []) contents.set(name, data);
  // The PDF last but one: a reader who sees it can trust the data files beside it are complete.
  contents.set(pdfName, publication.pdf);
  const outputs: Manifest["outputs"] = [];
  const written: string[] = [];
  for (const [name, data] of contents) {
    const file = resolveInside(directory, name);
    let entry = before.get(file);
    // Written again if it was deleted meanwhile (someone cleared output/ during a preview).
    if (!entry || !sameData(entry.data, data) || !(await pathExists(file))) {
      await writeFileAtomic(file, data);
      written.push(name);
      entry = { data, sha256: sha256(data), bytes: byteLength(data) };
      before.set(file, entry);
    }
    outputs.push({ file: name, sha256: entry.sha256, bytes: entry.bytes });
  }
  const manifest: Manifest = { ...publication.manifest, outputs };
  await writeFileAtomic(
    resolveInside(directory, "manifest.json"),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
  return {
    directory,
    pdf: path.join(directory, pdfName),
    files: [...contents.keys(), "manifest.json"],
    written: [...written, "manifest.json"],
  };
}

function sameData(a: string | Uint8Array, b: string | Uint8Array): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  return a === b || Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

function byteLength(data: string | Uint8Array): number {
  return typeof data === "string" ? Buffer.byteLength(data) : data.byteLength;
}
