// The project's own package.json and the versions of the libraries that shape the output,
// for the manifest. Found by walking up from this file, so it works from pipeline/ and dist/.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export function projectRoot(): string {
  return packageDirAbove(fileURLToPath(import.meta.url));
}

function packageDirAbove(file: string): string {
  let dir = path.dirname(file);
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${file}`);
    dir = parent;
  }
  return dir;
}

function versionAt(dir: string): string {
  const raw = readFileSync(path.join(dir, "package.json"), "utf8");
  return (JSON.parse(raw) as { version?: string }).version ?? "unknown";
}

const require = createRequire(import.meta.url);

export function toolVersion(): string {
  return versionAt(projectRoot());
}

export function dependencyVersions(): Record<string, string> {
  const versions: Record<string, string> = { node: process.versions.node };
  for (const name of ["csv-parse", "vega", "vega-lite", "pdfkit", "fontkit"])
    // Resolve the entry point, not `<name>/package.json`: packages with an `exports` map hide it.
    versions[name] = versionAt(packageDirAbove(require.resolve(name)));
  return versions;
}
