// The words around a chart: caption (base n and source, SPEC §7) and how values are written in
// labels and alt text (SPEC §6 conventions, through ../locale/nb.ts).
import { formatNumber, formatPercent } from "../locale/nb.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";

/** What every chart of one report shares: the data year and whether the data are synthetic. */
export interface ChartContext {
  year: number;
  isSample: boolean;
}

export function sourceLine(context: ChartContext): string {
  return `Kilde: IT i praksis ${context.year}${context.isSample ? ", eksempeldata" : ""}.`;
}

/** "Base: n = 312 virksomheter (2020)." or, when bases differ, "n = 298–312". */
export function baseLine(bases: readonly number[], year: number, what = "virksomheter"): string {
  if (bases.length === 0) return `Base: ingen publiserbare tall (${year}).`;
  const low = Math.min(...bases);
  const high = Math.max(...bases);
  const n = low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  return `Base: n = ${n} ${what} (${year}).`;
}

export function caption(bases: readonly number[], context: ChartContext, note = ""): string {
  return [baseLine(bases, context.year), note, sourceLine(context)].filter(Boolean).join(" ");
}

export function isPercent(definition: IndicatorDefinition): boolean {
  return definition.measure === "share";
}

/** A value as a reader sees it: "42 %" for shares, "3,2" for means. */
export function formatValue(definition: IndicatorDefinition, value: number): string {
  return isPercent(definition) ? formatPercent(value) : formatNumber(value, 1);
}

/** "stat 42 %, kommuner 29 % og alle 33 %". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
