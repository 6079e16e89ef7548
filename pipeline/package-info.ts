// The project's own package.json and the versions of the libraries that shape the output,
// for the manifest. Found by walking up from this file, so it works from pipeline/ and dist/.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + import.meta.url);
    dir = parent;
  }
  return dir;
}

const require = createRequire(import.meta.url);

export function toolVersion(): string {
  const raw = readFileSync(path.join(projectRoot(), "package.json"), "utf8");
  return (JSON.parse(raw) as { version?: string }).version ?? "unknown";
}

export function dependencyVersions(): Record<string, string> {
  const versions: Record<string, string> = { node: process.versions.node };
  for (const name of ["csv-parse", "vega", "vega-lite", "pdfkit", "svg-to-pdfkit"])
    versions[name] = (require(`${name}/package.json`) as { version?: string }).version ?? "unknown";
  return versions;
}
