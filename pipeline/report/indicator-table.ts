// `{{ table }}`: indicators × groups in one year (rows of indicators not asked that year left out), each cell the estimate and — where the
// statistics stage computed it — its 95 % interval, "33 % (30–36)". Suppressed cells show ":"
// (SPEC §5); the note under the table gives the base n, what the symbols mean and the source.
import type { SourceLocation } from "../errors.js";
import { GROUPS, type Group, type IndicatorEstimate } from "../indicators/types.js";
import { formatNumber, formatPercent } from "../locale/nb.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { groupLabel } from "../charts/groups.js";
import { baseLine, sourceLine } from "../charts/text.js";
import type { Block } from "./blocks.js";
import { reportText } from "./messages.js";
import type { Directive } from "./template/directive.js";
import { templateError } from "./template/template-error.js";
import { checkIndicatorList } from "./template/check-references.js";
import { askedInYear } from "../indicators/lookup.js";
import { selectAsked } from "../templates/indicator-list.js";

export type TableDirective = Extract<Directive, { kind: "table" }>;

const text = reportText.indicatorTable;

export function resolveGroups(names: readonly string[], location: SourceLocation): Group[] {
  return names.map((name) => {
    if (!(GROUPS as readonly string[]).includes(name))
      throw templateError("TEMPLATE_GROUP_UNKNOWN", location, name, GROUPS);
    return name as Group;
  });
}

/** Checks a table directive against the definitions (no data needed). */
export function checkTableDirective(
  directive: TableDirective,
  definitions: readonly IndicatorDefinition[],
  location: SourceLocation,
): void {
  checkIndicatorList(directive.indicators, definitions, location);
  resolveGroups(directive.groups, location);
}

export function indicatorTableBlock(
  directive: TableDirective,
  input: {
    year: number;
    isSample: boolean;
    definitions: readonly IndicatorDefinition[];
    estimates: readonly IndicatorEstimate[];
  },
  number: number,
  location: SourceLocation,
): Block {
  checkIndicatorList(directive.indicators, input.definitions, location);
  const groups = resolveGroups(directive.groups, location);
  const year = directive.year ?? input.year;
  // Rows of indicators not asked in the year are left out; the plan listed them.
  const indicators = selectAsked(
    directive.indicators,
    input.definitions,
    askedInYear({ year, estimates: input.estimates }),
  ).shown;
  const byKey = new Map<string, IndicatorEstimate>();
  for (const e of input.estimates)
    if (e.year === year) byKey.set(`${e.indicator}\u0000${e.group}`, e);

  const used = { interval: false, suppressed: false, missing: false, mean: false, index: false };
  const bases: number[] = [];
  const rows = indicators.map((definition) => [
    definition.label,
    ...groups.map((group) => {
      const estimate = byKey.get(`${definition.id}\u0000${group}`);
      if (!estimate || (estimate.estimate === null && !estimate.suppressed)) {
        used.missing = true;
        return reportText.missing;
      }
      if (estimate.suppressed || estimate.estimate === null) {
        used.suppressed = true;
        return reportText.suppressed;
      }
      bases.push(estimate.n);
      if (definition.measure === "mean") used[definition.composite ? "index" : "mean"] = true;
      const value = formatCell(definition, estimate.estimate);
      if (!directive.ci || estimate.ciLow === null || estimate.ciHigh === null) return value;
      used.interval = true;
      return text.withInterval(
        value,
        formatBound(definition, estimate.ciLow),
        formatBound(definition, estimate.ciHigh),
      );
    }),
  ]);

  const context = { year, isSample: input.isSample };
  const note = [
    baseLine(bases, year),
    used.interval ? text.intervalNote : "",
    used.mean ? text.meanNote : "",
    used.index ? text.indexNote : "",
    used.suppressed ? text.suppressedNote : "",
    used.missing ? text.missingNote : "",
    sourceLine(context),
  ]
    .filter(Boolean)
    .join(" ");
  return {
    kind: "table",
    number,
    title: `${directive.title}, ${year}`,
    columns: [
      { header: text.firstColumn, align: "left" },
      ...groups.map((g) => ({ header: groupLabel(g), align: "right" as const })),
    ],
    rows,
    hasTotalRow: false,
    rowHeaders: true,
    note,
  };
}

export function formatCell(definition: IndicatorDefinition, value: number): string {
  return definition.measure === "share" ? formatPercent(value) : formatNumber(value, 1);
}

/** Interval ends without the unit: "30–36" after "33 %", "3,1–3,3" after "3,2". */
export function formatBound(definition: IndicatorDefinition, value: number): string {
  return definition.measure === "share" ? formatNumber(value * 100) : formatNumber(value, 1);
}
