// Whether a published folder is whole: manifest.json lists exactly the files beside it (sub-
// folders included), each with its sha256, and nothing else is there (no *.tmp, no staging).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { sha256, type Manifest } from "../../publish/manifest.js";

/** What is wrong with the folder as a publication; empty when it is whole. */
export async function publicationProblems(folder: string): Promise<string[]> {
  const manifest = JSON.parse(
    await readFile(path.join(folder, "manifest.json"), "utf8"),
  ) as Manifest;
  const listed = new Map(manifest.outputs.map((o) => [o.file, o.sha256]));
  const problems: string[] = [];
  const present = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .filter((file) => file !== "manifest.json");
  for (const file of present) {
    const expected = listed.get(file);
    if (expected === undefined) problems.push(`${file} is not in the manifest`);
    else if (sha256(await readFile(path.join(folder, file))) !== expected)
      problems.push(`${file} is not the file the manifest lists`);
  }
  for (const file of listed.keys())
    if (!present.includes(file)) problems.push(`${file} is in the manifest but missing`);
  return problems;
}
