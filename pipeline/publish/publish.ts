// Stage 7, publish: the only place that writes output/<year>/ (SPEC §4). Every file is written
// atomically; the manifest goes last and lists every other file with its checksum.
import path from "node:path";
import type { RenderedChart } from "../charts/types.js";
import { resolveInside, writeFileAtomic } from "./atomic-write.js";
import { sha256, type Manifest } from "./manifest.js";

export interface Publication {
  year: number;
  pdf: Uint8Array;
  indicatorsCsv: string;
  microdataCsv: string;
  rejectsCsv: string;
  charts: readonly RenderedChart[];
  /** Everything but `outputs`, which publishing fills in. */
  manifest: Omit<Manifest, "outputs">;
}

export interface PublishedFiles {
  directory: string;
  pdf: string;
  files: string[];
}

export async function publish(outDir: string, publication: Publication): Promise<PublishedFiles> {
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
  // The PDF last but one: a reader who sees it can trust the data files beside it are complete.
  contents.set(pdfName, publication.pdf);
  const outputs: Manifest["outputs"] = [];
  for (const [name, data] of contents) {
    await writeFileAtomic(resolveInside(directory, name), data);
    outputs.push({ file: name, sha256: sha256(data), bytes: byteLength(data) });
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
  };
}

function byteLength(data: string | Uint8Array): number {
  return typeof data === "string" ? Buffer.byteLength(data) : data.byteLength;
}
