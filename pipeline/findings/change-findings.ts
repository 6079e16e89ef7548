// Findings about change from last year, written from the data (SPEC §5, §7): which share
// indicators changed significantly (adjusted p < 0,05: the statistics stage controls the false
// discovery rate over the year's changes, Benjamini–Hochberg), and the largest change. A change is only called a rise or a fall when it is significant; while p-values are
// not computed, the text speaks of differences between the estimates and says that their
// uncertainty is unknown. Differences are in "prosentpoeng", relative changes in "prosent".
import { findEstimate } from "../indicators/lookup.js";
import type { Group, IndicatorEstimate } from "../indicators/types.js";
import { formatNumber } from "../locale/nb.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { Finding } from "./types.js";
import { describeShareChange } from "./wording.js";
import { isSignificant as isSignificantP } from "../survey/significance.js";

/**
 * A change is significant only when the statistics stage says so: its p-value adjusted for the
 * year's many changes is below 0,05.
 */
export function isSignificant(estimate: Pick<IndicatorEstimate, "pAdjusted">): boolean {
  return isSignificantP(estimate.pAdjusted);
}

export interface Change {
  definition: IndicatorDefinition;
  from: number;
  to: number;
  /** Percentage points. */
  pp: number;
  pValue: number | null;
  /** Adjusted for the family of the year's changes. */
  pAdjusted: number | null;
}

/** How many significant changes the finding names (the largest first). */
const NAMED = 3;

export function writeChangeFindings(
  year: number,
  estimates: readonly IndicatorEstimate[],
  definitions: readonly IndicatorDefinition[],
  group: Group = "alle",
): Finding[] {
  const changes = shareChanges(year, estimates, definitions, group);
  return changeListFindings(year, changes, {
    id: "endringer-signifikante",
    largestId: "endring-storst",
    named: NAMED,
  }).findings;
}

export interface ChangeListOptions {
  /** The finding that names the significant changes. */
  id: string;
  /** The finding about the largest difference when it is not significant; none if undefined. */
  largestId: string | undefined;
  /** How many significant changes the finding names (the largest first). */
  named: number;
}

/**
 * The findings about `changes` (largest first): the significant ones named, or that there are
 * none; and the largest difference when it is not among them. `untested` is true when the
 * changes have no p-values, so that the finding `options.id` cannot be written.
 */
export function changeListFindings(
  year: number,
  changes: readonly Change[],
  options: ChangeListOptions,
): { findings: Finding[]; untested: boolean } {
  const { id, largestId, named: count } = options;
  const largest = changes[0];
  if (!largest) return { findings: [], untested: false };
  const tested = changes.some((c) => c.pValue !== null);
  const previous = year - 1;
  if (!tested)
    return {
      findings: largestId ? [untestedLargest(largestId, largest, previous, year)] : [],
      untested: true,
    };

  const significant = changes.filter((c) => isSignificant(c));
  const findings: Finding[] = [];
  if (significant.length === 0)
    findings.push({
      id,
      title: `Ingen signifikante endringer fra ${previous} til ${year}`,
      text:
        `Ingen av de ${formatNumber(changes.length)} andelsindikatorene endret seg statistisk ` +
        `signifikant fra ${previous} til ${year} (5 %-nivå). Den største forskjellen, for ` +
        `${quoted(largest.definition.label)}, er ${formatNumber(Math.abs(largest.pp), 0)} ` +
        `prosentpoeng og kan skyldes tilfeldig variasjon.`,
      numbers: { significant: 0, tested: changes.length, largestPp: largest.pp },
    });
  else {
    const named = significant.slice(0, count);
    const sentences = named.map(
      (c) => `Andelen ${quoted(c.definition.label)} ${describeShareChange(c.from, c.to)}.`,
    );
    const others = significant.length - count;
    const more =
      others === 1
        ? " I tillegg endret én annen indikator seg signifikant."
        : others > 1
          ? ` I tillegg endret ${formatNumber(others)} andre indikatorer seg signifikant.`
          : "";
    findings.push({
      id,
      title:
        significant.length === 1
          ? `Én signifikant endring fra ${previous} til ${year}`
          : `${formatNumber(significant.length)} signifikante endringer fra ${previous} til ${year}`,
      text:
        `${formatNumber(significant.length)} av ${formatNumber(changes.length)} andelsindikatorer ` +
        `endret seg statistisk signifikant fra ${previous} til ${year} (5 %-nivå). ` +
        sentences.join(" ") +
        more,
      numbers: {
        significant: significant.length,
        tested: changes.length,
        ...Object.fromEntries(named.map((c) => [`${c.definition.id}.pp`, c.pp])),
      },
    });
  }
  if (largestId && !isSignificant(largest) && significant.length > 0)
    findings.push({
      id: largestId,
      title: "Den største forskjellen er ikke signifikant",
      text:
        `Den største forskjellen fra ${previous} til ${year} gjelder ${quoted(largest.definition.label)} ` +
        `(${formatNumber(Math.abs(largest.pp), 0)} prosentpoeng), men den er ikke statistisk ` +
        `signifikant og kan skyldes tilfeldig variasjon.`,
      numbers: {
        largestPp: largest.pp,
        pValue: largest.pValue ?? Number.NaN,
        pAdjusted: largest.pAdjusted ?? Number.NaN,
      },
    });
  return { findings, untested: false };
}

/** Before p-values exist: the largest difference, with no claim that anything changed. */
function untestedLargest(id: string, largest: Change, previous: number, year: number): Finding {
  const digits = 0;
  return {
    id,
    title: `Størst forskjell fra ${previous}: ${largest.definition.label}`,
    text:
      `Den største forskjellen mellom estimatene for ${previous} og ${year} gjelder ` +
      `${quoted(largest.definition.label)}: ${formatNumber(largest.from * 100, digits)} prosent i ` +
      `${previous} og ${formatNumber(largest.to * 100, digits)} prosent i ${year}, en forskjell på ` +
      `${formatNumber(Math.abs(largest.pp), digits)} prosentpoeng. Usikkerheten i estimatene er ` +
      `ikke beregnet, så vi kan ikke si om forskjellen er større enn tilfeldig variasjon.`,
    numbers: { from: largest.from, to: largest.to, largestPp: largest.pp },
  };
}

/** Share indicators with a publishable estimate this year and last, largest change first. */
export function shareChanges(
  year: number,
  estimates: readonly IndicatorEstimate[],
  definitions: readonly IndicatorDefinition[],
  group: Group,
): Change[] {
  const changes: Change[] = [];
  for (const definition of definitions) {
    if (definition.measure !== "share") continue;
    const now = findEstimate(estimates, definition.id, group, year);
    const before = findEstimate(estimates, definition.id, group, year - 1);
    if (!now || !before || now.suppressed || before.suppressed) continue;
    if (now.estimate === null || before.estimate === null) continue;
    changes.push({
      definition,
      from: before.estimate,
      to: now.estimate,
      pp: (now.estimate - before.estimate) * 100,
      pValue: now.pValue,
      pAdjusted: now.pAdjusted,
    });
  }
  // Largest first; ties in definition order (sort is stable).
  return changes.sort((a, b) => Math.abs(b.pp) - Math.abs(a.pp));
}

/** An indicator's label as a name in running text: «Avanserte innbyggertjenester». */
export function quoted(label: string): string {
  return `«${label}»`;
}
