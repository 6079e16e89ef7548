// An indicator list as templates write it (charts, tables, `needs`): plain ids are required,
// `prefix-*` takes every indicator of the prefix in file order, `id?` is optional. Which of them
// a year can show depends on what was asked that year; this file only matches and sorts.
import type { IndicatorDefinition } from "./indicator-definitions.js";

export interface ListEntry {
  /** The entry as written: "gevinst-*", "korona-raskere?", "strategi". */
  written: string;
  /** The indicators it names (none for an unknown id or an empty pattern). */
  matches: IndicatorDefinition[];
  /** A pattern or an `id?`: taken where asked, left out (and listed) where not. */
  optional: boolean;
  pattern: boolean;
}

export function matchIndicatorList(
  list: readonly string[],
  definitions: readonly IndicatorDefinition[],
): ListEntry[] {
  return list.map((written) => {
    const pattern = written.endsWith("*");
    const optional = pattern || written.endsWith("?");
    const name = optional ? written.slice(0, -1) : written;
    const matches = pattern
      ? definitions.filter((d) => d.id.startsWith(name))
      : definitions.filter((d) => d.id === name);
    return { written, matches, optional, pattern };
  });
}

export interface IndicatorSelection {
  /** What the year shows, in the order written, each once. */
  shown: IndicatorDefinition[];
  /** Optional indicators (patterns, `id?`) not asked in the year. */
  leftOut: IndicatorDefinition[];
  /** Required indicators not asked in the year: the template must state a rule for them. */
  missing: IndicatorDefinition[];
}

export function selectAsked(
  list: readonly string[],
  definitions: readonly IndicatorDefinition[],
  asked: (indicator: string) => boolean,
): IndicatorSelection {
  const selection: IndicatorSelection = { shown: [], leftOut: [], missing: [] };
  for (const entry of matchIndicatorList(list, definitions))
    for (const definition of entry.matches) {
      const into = asked(definition.id)
        ? selection.shown
        : entry.optional
          ? selection.leftOut
          : selection.missing;
      if (!into.includes(definition)) into.push(definition);
    }
  return selection;
}
