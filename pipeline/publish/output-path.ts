// Output names come from data (chart and organisation ids): a name may not lead out of the
// folder being published.
import path from "node:path";
import { ItipError } from "../errors.js";

/** `outDir/relative`, refusing any name that would land outside `outDir` (ids come from data). */
export function resolveInside(outDir: string, relative: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep))
    throw new ItipError(
      "OUTPUT_PATH_OUTSIDE",
      `the output name "${relative}" would be written outside ${outDir}; rename the chart or organisation id.`,
      { exitCode: 70 },
    );
  return target;
}
