// Findings about gaps between the sectors in the report year (SPEC §7): the largest differences
// between state agencies, municipalities and county municipalities, in "prosentpoeng".
//
// The sectors are separate strata sampled independently, so the standard error of a difference
// between two of them is √(se₁² + se₂²). A gap is called significant only when its p-value,
// adjusted over the year's family of sector gaps (Benjamini–Hochberg, indicators/sector-gaps.ts),
// is below 0,05; while standard errors are not computed, the text states the estimates and says
// nothing about significance.
import { findEstimate } from "../indicators/lookup.js";
import { findGapTest, sectorGapTests, type GapTest } from "../indicators/sector-gaps.js";
import { isSignificant } from "../survey/significance.js";
import type { IndicatorEstimate } from "../indicators/types.js";
import type { Sector } from "../ingest/types.js";
import { formatNumber, formatPercent, roundHalfAwayFromZero } from "../locale/nb.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { quoted } from "./change-findings.js";
import { GROUP_WORDS } from "./group-words.js";
import type { Finding } from "./types.js";

const SECTORS: readonly Sector[] = ["stat", "kommune", "fylkeskommune"];
/** How many gaps the finding names (the largest first). */
const NAMED = 3;

export interface SectorGap {
  definition: IndicatorDefinition;
  high: { sector: Sector; estimate: number };
  low: { sector: Sector; estimate: number };
  /** Percentage points, positive. */
  pp: number;
  /** Standard error of the difference in percentage points; null when an se is missing. */
  sePp: number | null;
  /** The gap's p-value adjusted over the year's family of sector gaps; null when untested. */
  pAdjusted: number | null;
  significant: boolean;
}

export interface GapListOptions {
  id: string;
  /** The sectors compared. */
  sectors: readonly Sector[];
  /** How many gaps the finding names (the largest first). */
  named: number;
}

export function writeGapFindings(
  year: number,
  estimates: readonly IndicatorEstimate[],
  definitions: readonly IndicatorDefinition[],
  options: GapListOptions = { id: "sektorforskjeller", sectors: SECTORS, named: NAMED },
  tests: readonly GapTest[] = sectorGapTests(estimates, definitions),
): Finding[] {
  const { id, sectors, named: count } = options;
  const gaps = sectorGaps(year, estimates, definitions, sectors, tests);
  if (gaps.length === 0) return [];
  const tested = gaps.every((g) => g.sePp !== null);
  const shown = tested ? gaps.filter((g) => g.significant) : gaps;
  if (shown.length === 0)
    return [
      {
        id,
        title: "Ingen signifikante forskjeller mellom sektorene",
        text:
          `Ingen av forskjellene mellom sektorene i ${year} er statistisk signifikante (5 %-nivå). ` +
          `Den største, for ${quoted(gaps[0]!.definition.label)}, er ` +
          `${formatNumber(gaps[0]!.pp, 0)} prosentpoeng.`,
        numbers: { significant: 0, largestPp: gaps[0]!.pp },
      },
    ];
  const named = shown.slice(0, count);
  const sentences = named.map((g) => {
    const digits = consistentDigits(g.low.estimate, g.high.estimate);
    return (
      `${quoted(g.definition.label)}: ${formatPercent(g.high.estimate, digits)} ` +
      `${GROUP_WORDS[g.high.sector].within} mot ${formatPercent(g.low.estimate, digits)} ` +
      `${GROUP_WORDS[g.low.sector].within}, en forskjell på ${formatNumber(g.pp, digits)} prosentpoeng.`
    );
  });
  return [
    {
      id,
      title: "Størst forskjell mellom sektorene",
      text:
        (tested
          ? `De største statistisk signifikante forskjellene mellom sektorene i ${year} (5 %-nivå) gjelder `
          : `De største forskjellene mellom sektorene i ${year} gjelder `) +
        `${listing(named.map((g) => quoted(g.definition.label)))}. ` +
        sentences.join(" "),
      numbers: Object.fromEntries(
        named.flatMap((g) => [
          [`${g.definition.id}.${g.high.sector}`, g.high.estimate],
          [`${g.definition.id}.${g.low.sector}`, g.low.estimate],
          [`${g.definition.id}.pp`, g.pp],
        ]),
      ),
    },
  ];
}

/** For every share indicator, the highest and the lowest sector; largest gap first. */
export function sectorGaps(
  year: number,
  estimates: readonly IndicatorEstimate[],
  definitions: readonly IndicatorDefinition[],
  sectors: readonly Sector[] = SECTORS,
  tests: readonly GapTest[] = sectorGapTests(estimates, definitions),
): SectorGap[] {
  const gaps: SectorGap[] = [];
  for (const definition of definitions) {
    if (definition.measure !== "share") continue;
    const rows = sectors.flatMap((sector) => {
      const row = findEstimate(estimates, definition.id, sector, year);
      return row && !row.suppressed && row.estimate !== null
        ? [{ sector, estimate: row.estimate, se: row.se }]
        : [];
    });
    if (rows.length < 2) continue;
    const sorted = [...rows].sort((a, b) => b.estimate - a.estimate);
    const high = sorted[0]!;
    const low = sorted[sorted.length - 1]!;
    const pp = (high.estimate - low.estimate) * 100;
    const sePp =
      high.se !== null && low.se !== null ? Math.sqrt(high.se ** 2 + low.se ** 2) * 100 : null;
    const test = findGapTest(tests, definition.id, year, high.sector, low.sector);
    gaps.push({
      definition,
      high: { sector: high.sector, estimate: high.estimate },
      low: { sector: low.sector, estimate: low.estimate },
      pp,
      sePp,
      pAdjusted: test?.pAdjusted ?? null,
      significant: isSignificant(test?.pAdjusted),
    });
  }
  return gaps.sort((a, b) => b.pp - a.pp);
}

/** 0 decimals when the rounded percents differ by the rounded gap (66 − 41 = 25), else 1. */
export function consistentDigits(low: number, high: number): number {
  const whole = (x: number) => roundHalfAwayFromZero(x * 100, 0);
  return whole(high) - whole(low) === roundHalfAwayFromZero((high - low) * 100, 0) ? 0 : 1;
}

function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}`;
}
