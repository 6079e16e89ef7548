// Charts may not load anything (SPEC §9): every spec carries its data inline. A spec that names
// a URL is refused before it is compiled, and the loader handed to vega refuses every request as
// a second line of defence (vega would otherwise read files and fetch URLs in Node).
import type { Loader } from "vega";
import { ItipError, ExitCode } from "../errors.js";

/** Keys under which Vega-Lite and Vega specs name something to load. */
const LOADING_KEYS = new Set(["url", "href"]);

function refusal(chartId: string, what: string): ItipError {
  return new ItipError(
    "CHART_EXTERNAL_DATA",
    `chart "${chartId}" may not load data or images (${what}); put the data inline with "data": {"values": [...]}.`,
    { exitCode: ExitCode.template },
  );
}

/** Throws if any part of the spec names a URL or file to load. */
export function assertSelfContained(chartId: string, spec: unknown): void {
  const found = findLoadingKey(spec);
  if (found) throw refusal(chartId, `${found.path.join(".")} = ${JSON.stringify(found.value)}`);
}

/** The first `url`/`href` in a spec, with its path (built only when one is found: specs are big). */
function findLoadingKey(node: unknown): { path: string[]; value: unknown } | undefined {
  if (node === null || typeof node !== "object") return undefined;
  for (const [key, value] of Object.entries(node)) {
    if (LOADING_KEYS.has(key) && value !== undefined && value !== null)
      return { path: [key], value };
    const inner = findLoadingKey(value);
    if (inner) return { path: [key, ...inner.path], value: inner.value };
  }
  return undefined;
}

/** A vega loader that refuses every file and URL. */
export function refusingLoader(chartId: string): Loader {
  const refuse = (uri: string): Promise<never> =>
    Promise.reject(refusal(chartId, `requested ${JSON.stringify(uri)}`));
  return { load: refuse, sanitize: refuse, http: refuse, file: refuse };
}
