// The PDF ahead of the rest, for `itip preview`: the person editing report.md looks at the PDF,
// and the web edition and the folder swap after it add a tenth of a second they do not wait
// for. So the preview puts the new PDF in the published folder as soon as it is laid out, by one
// rename over the old one (a viewer reloads a whole file), and publish then finds it already
// written and links it into the new folder like any unchanged file.
//
// For those few milliseconds the folder holds the new PDF beside the previous manifest; the
// folder is whole again once publish has swapped it in. A plain `itip build` never does this:
// what CI publishes is always one unit (publish.ts).
import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathExists } from "../path-exists.js";
import { sha256 } from "./manifest.js";
import { resolveInside } from "./output-path.js";
import { pdfFileName, type WrittenFiles } from "./publish.js";

/**
 * Writes the year's PDF into its published folder, unless the folder is not there yet (the first
 * build publishes it whole) or the same PDF is already in place. Returns whether it wrote it.
 */
export async function publishPdfAhead(
  outDir: string,
  year: number,
  pdf: Uint8Array,
  written: WrittenFiles,
): Promise<boolean> {
  const directory = path.join(outDir, String(year));
  if (!(await pathExists(directory))) return false;
  // The same key as publish gives the file in `written`, so that publish finds it there.
  const published = resolveInside(directory, pdfFileName(year));
  const before = written.get(published);
  if (before?.data === pdf && (await pathExists(published))) return false;
  // A dot name, which publish never lists: a run killed here leaves it to the next swap.
  const ahead = path.join(directory, `.${pdfFileName(year)}.ahead-${process.pid}`);
  try {
    await writeFile(ahead, pdf);
    await rename(ahead, published);
  } catch (error) {
    await rm(ahead, { force: true });
    throw error;
  }
  written.set(published, { data: pdf, sha256: sha256(pdf), bytes: pdf.byteLength });
  return true;
}
