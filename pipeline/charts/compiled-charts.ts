// A chart's compiled Vega, kept between runs. In a fresh process, Vega-Lite's compile and Vega's
// parse take about a third of a chart's time, and neither looks at the chart's data: they copy
// the inline `values` through to where Vega ingests them (Vega-Lite compares them only to merge
// identical data sources). So what they make depends on the spec without its data, and the
// command line keeps it beside its code cache (ITIP_COMPILED_CHARTS, set by launch/launcher.ts
// for a bundle of its own, so for one version of Vega and Vega-Lite), keyed by the sha256 of that
// spec: the next run, or next year's data under the same templates, takes it and puts its own
// data in. A changed template or theme is another key, compiled afresh.
import { createHash } from "node:crypto";
import { KeptBetweenRuns } from "../kept-between-runs.js";

/** The compiled Vega runtime as a stored text, and where the data go into it. */
export interface CompiledChart {
  runtime: string;
  slots: Slot[];
}

/** A place in the runtime that holds data set `values` of the spec (in the order found). */
interface Slot {
  path: Array<string | number>;
  values: number;
}

/** What the compile gives: Vega's runtime, and whether it may be kept (no warnings). */
export interface Compiled {
  runtime: object;
  keep: boolean;
}

/** The stand-in for the spec's `n`th data set while it is compiled. */
const STAND_IN = "$itipValues";

/**
 * Vega's runtime for `spec`: `compile` (Vega-Lite, then vega.parse) runs on the spec with
 * stand-ins for its data, or not at all when `store` has the result; the data go in afterwards.
 */
export function compiledChart(
  spec: object,
  compile: (template: object) => Compiled,
  store: CompiledChartStore | undefined,
): object {
  const { template, dataSets } = withoutData(spec);
  const key = createHash("sha256").update(JSON.stringify(template)).digest("hex");
  let stored = store?.get(key);
  if (!stored) {
    const { runtime, keep } = compile(template);
    stored = storedChart(runtime);
    if (keep) store?.set(key, stored);
  }
  return withData(JSON.parse(stored.runtime) as object, stored.slots, dataSets);
}

/**
 * The runtime as JSON, which is how Vega means it to travel (its parser's output is JSON: the
 * operators' empty fields are left out). A chart is always drawn from this text, whether just
 * compiled or kept, so that a run with the store draws exactly what a run without draws.
 */
function storedChart(runtime: object): CompiledChart {
  const text = JSON.stringify(runtime);
  return { runtime: text, slots: findSlots(JSON.parse(text) as object) };
}

/**
 * A copy of `spec` with each array of inline values (`data.values`, and each of `datasets`)
 * replaced by a stand-in; equal arrays get the same one, as Vega-Lite merges equal data sources.
 */
function withoutData(spec: object): { template: object; dataSets: unknown[][] } {
  const dataSets: unknown[][] = [];
  const standIn = (values: unknown[]) => {
    let n = dataSets.findIndex((known) => sameData(known, values));
    if (n === -1) n = dataSets.push(values) - 1;
    return [{ [STAND_IN]: n }];
  };
  const copy = (node: unknown, key: string | undefined): unknown => {
    if (Array.isArray(node)) return node.map((item) => copy(item, undefined));
    if (node === null || typeof node !== "object") return node;
    const out: Record<string, unknown> = {};
    for (const [k, value] of Object.entries(node)) {
      const isValues =
        Array.isArray(value) && ((k === "values" && key === "data") || key === "datasets");
      out[k] = isValues ? standIn(value as unknown[]) : copy(value, k);
    }
    return out;
  };
  return { template: copy(spec, undefined) as object, dataSets };
}

/** Where the runtime holds the stand-ins. */
function findSlots(runtime: object): Slot[] {
  const slots: Slot[] = [];
  const visit = (node: unknown, path: Array<string | number>) => {
    if (node === null || typeof node !== "object") return;
    const values = standInNumber(node);
    if (values !== undefined) return void slots.push({ path, values });
    for (const [k, value] of Object.entries(node))
      visit(value, [...path, Array.isArray(node) ? Number(k) : k]);
  };
  visit(runtime, []);
  return slots;
}

function standInNumber(node: object): number | undefined {
  if (!Array.isArray(node) || node.length !== 1) return undefined;
  const only = node[0] as Record<string, unknown> | null;
  return only !== null && typeof only === "object" && Object.keys(only).length === 1
    ? (only[STAND_IN] as number | undefined)
    : undefined;
}

/** Puts a fresh copy of each data set in its slots: Vega tags the rows it ingests. */
function withData(runtime: object, slots: readonly Slot[], dataSets: unknown[][]): object {
  const copies = dataSets.map((values) => structuredClone(values));
  for (const { path, values } of slots) {
    const parent = path
      .slice(0, -1)
      .reduce<Record<string | number, unknown>>(
        (node, k) => node[k] as Record<string | number, unknown>,
        runtime as Record<string | number, unknown>,
      );
    parent[path[path.length - 1]!] = copies[values];
  }
  return runtime;
}

/**
 * Vega-Lite's equality of data sets, for data as a spec holds it: primitives by ===, arrays item
 * by item, objects key by key. Anything else (a Date, a Map) is never the same, so such data
 * sets are not merged here, nor, with their own stand-ins, by Vega-Lite.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.hasOwn(b, k) && sameData(a[k], b[k]))
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype
  );
}

/** The compiled charts kept between runs of the command line. */
export type CompiledChartStore = KeptBetweenRuns<CompiledChart>;

let activeStore: CompiledChartStore | undefined;

/** Makes this process's charts take their compiled Vega from `store` (undefined: compile each). */
export function useCompiledChartStore(store: CompiledChartStore | undefined): void {
  activeStore = store;
}

/** The store in use, if any. */
export function compiledChartStore(): CompiledChartStore | undefined {
  return activeStore;
}
