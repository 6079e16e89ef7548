// Stage 3, indicators: every indicator for every year and group (SPEC §3.6, §4, §5): the
// weighted estimate with its Taylor standard error, 95 % interval and degrees of freedom; base
// n, "vet ikke" count, frame size and response rate; the change from the year before in
// percentage points and relative percent, with a standard error that treats an organisation
// answering both years as one cluster, and its p-value, adjusted for the year's many changes
// (Benjamini–Hochberg); then suppression of small bases.
import { indicatorAskedIn, type IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { YearDesign } from "../survey/types.js";
import {
  domainRatio,
  domainRatioDifference,
  lineariseDomain,
  type CalibratedYear,
  type LinearisedDomain,
  type DomainUnit,
  type PsuLayout,
  type StratumSizes,
} from "../survey/domain-ratio.js";
import { logitInterval, tInterval, twoSidedPValue } from "../survey/intervals.js";
import { benjaminiHochberg } from "../survey/multiple-testing.js";
import { panelDesign, psuLayout, yearStrata } from "../survey/panel-design.js";
import { groupsOf } from "./groups.js";
import { indicatorReader, isNonSubstantiveAnswer } from "./indicator-value.js";
import { suppress } from "./suppression.js";
import { GROUPS, type Group, type IndicatorEstimate } from "./types.js";

/** The base of an indicator within one group and year. */
interface Domain {
  /** PSU = the respondent, for the year's own estimate. */
  byRespondent: { units: DomainUnit[]; y: number[] };
  /** PSU = the organisation across years, for changes (the same values). */
  byOrganisation: { units: DomainUnit[]; y: number[] };
  nVetIkke: number;
  /**
   * Its ratio linearised, with calibrated weights its residuals too: the same for the year's
   * estimate and for the changes from the year before and to the year after (the units are the
   * same, only their PSUs differ).
   */
  linearised: LinearisedDomain | undefined;
}

interface YearContext {
  design: YearDesign;
  strata: StratumSizes;
  /** Each unit's groups, as positions in GROUPS. */
  unitGroups: number[][];
  /** Each unit's organisation as a number, the same in every year (the panel PSU). */
  unitPanels: number[];
  /** Each unit as a domain unit: its own PSU, and its organisation's (made once per year). */
  asRespondent: DomainUnit[];
  asOrganisation: DomainUnit[];
  frameCounts: Map<Group, GroupCounts>;
  /** With calibrated weights: the year's calibration, with every unit as its own PSU. */
  calibration: { layout: PsuLayout; year: CalibratedYear } | undefined;
}

export function estimateIndicators(
  designs: readonly YearDesign[],
  definitions: readonly IndicatorDefinition[],
): IndicatorEstimate[] {
  // What depends on the year only is worked out once.
  const panelNumbers = new Map<string, number>();
  const panelNumber = (panelId: string) => {
    let number = panelNumbers.get(panelId);
    if (number === undefined) panelNumbers.set(panelId, (number = panelNumbers.size));
    return number;
  };
  const years: YearContext[] = [...designs]
    .sort((a, b) => a.year - b.year)
    .map((design) => {
      const unitPanels = design.units.map((unit) => panelNumber(unit.panelId));
      const fit = design.calibration?.fit;
      const asRespondent = design.units.map(({ stratum, weight }, i) => ({
        stratum,
        psu: i,
        weight,
        unit: i,
      }));
      return {
        design,
        strata: yearStrata(design),
        unitGroups: design.units.map((unit) => groupsOf(unit).map((g) => GROUPS.indexOf(g))),
        unitPanels,
        asRespondent,
        asOrganisation: design.units.map(({ stratum, weight }, i) => ({
          stratum,
          psu: unitPanels[i]!,
          weight,
          unit: i,
        })),
        frameCounts: responseRatesByGroup(design),
        calibration: fit && calibratedYear(fit, asRespondent),
      };
    });
  const panels = new Map(years.slice(1).map((y, i) => [y.design.year, panelOf(years[i]!, y)]));
  const rows: IndicatorEstimate[] = [];
  for (const definition of definitions) {
    let previous: Measured | undefined;
    for (const year of years) {
      // No rows for a year the question was not asked; the change after such a gap is left out
      // below, because the previous asked year is not the year before.
      if (!indicatorAskedIn(definition, year.design.year)) continue;
      const domains = collectDomains(definition, year);
      let yearRows = suppress(
        GROUPS.map((group) => estimateOne(definition, year, group, domains.get(group)!)),
      );
      const panel = panels.get(year.design.year);
      if (previous && panel && previous.year === panel.previousYear) {
        const before = previous;
        yearRows = yearRows.map((row, i) =>
          withChange(row, before.rows[i]!, definition, domains, before.domains, panel),
        );
      }
      rows.push(...yearRows);
      previous = { year: year.design.year, domains, rows: yearRows };
    }
  }
  const composites = new Set(definitions.filter((d) => d.composite).map((d) => d.id));
  return adjustChanges(rows, composites);
}

/**
 * Each year's changes are one family of tests (multiple-testing.ts): their p-values adjusted
 * together with Benjamini–Hochberg. The composite index and its dimensions are functions of the
 * other indicators, so their changes are a family of their own: adding the index leaves every
 * other indicator's adjusted p-value as it was.
 */
function adjustChanges(
  rows: IndicatorEstimate[],
  composites: ReadonlySet<string>,
): IndicatorEstimate[] {
  const tested = new Map<string, number[]>();
  rows.forEach((row, i) => {
    if (row.pValue === null) return;
    const family = `${row.year}|${composites.has(row.indicator)}`;
    const indices = tested.get(family);
    if (indices) indices.push(i);
    else tested.set(family, [i]);
  });
  const adjusted = [...rows];
  for (const indices of tested.values()) {
    const pAdjusted = benjaminiHochberg(indices.map((i) => rows[i]!.pValue!));
    indices.forEach((i, k) => (adjusted[i] = { ...rows[i]!, pAdjusted: pAdjusted[k]! }));
  }
  return adjusted;
}

/** One year of an indicator: its domains and (for the year before) its rows. */
interface Measured {
  year: number;
  domains: Map<Group, Domain>;
  rows: IndicatorEstimate[];
}

/** Two consecutive years' panel design, with each year's calibration when calibrated. */
interface Panel {
  previousYear: number;
  strata: StratumSizes;
  calibrated: Parameters<typeof domainRatioDifference>[3];
}

function panelOf(previous: YearContext, current: YearContext): Panel {
  const { previousYear, strata } = panelDesign(previous.design, current.design);
  const [before, now] = [previous.design.calibration?.fit, current.design.calibration?.fit];
  if (!before || !now) return { previousYear, strata, calibrated: undefined };
  // PSU = the organisation (panel number) within its stratum, the same slot in both years.
  const organisations = (year: YearContext) =>
    year.design.units.map((u, i) => ({ stratum: u.stratum, psu: year.unitPanels[i]! }));
  const { layout, slots } = psuLayout([organisations(previous), organisations(current)]);
  return {
    previousYear,
    strata,
    calibrated: {
      layout,
      previous: { fit: before, slots: slots[0]! },
      current: { fit: now, slots: slots[1]! },
    },
  };
}

/** A calibrated year with every unit as its own PSU (a year's own estimates). */
function calibratedYear(
  fit: CalibratedYear["fit"],
  units: ReadonlyArray<{ stratum: string; psu: number }>,
): YearContext["calibration"] {
  const { layout, slots } = psuLayout([units]);
  return { layout, year: { fit, slots: slots[0]! } };
}

/**
 * One pass over the units, each value added to every group the unit belongs to: the year's own
 * unit objects and a value, no object per unit, indicator and group (at 100× the respondents
 * those were most of the build's garbage).
 */
function collectDomains(definition: IndicatorDefinition, year: YearContext): Map<Group, Domain> {
  // By position in GROUPS while collecting: no lookup by name per unit and group.
  const domains = GROUPS.map((): Domain => {
    const y: number[] = [];
    return {
      byRespondent: { units: [], y },
      byOrganisation: { units: [], y },
      nVetIkke: 0,
      linearised: undefined,
    };
  });
  const valueOf = indicatorReader(definition);
  const { units } = year.design;
  for (let i = 0; i < units.length; i++) {
    const values = units[i]!.respondent.values;
    const y = valueOf(values);
    const groups = year.unitGroups[i]!;
    if (y === null) {
      if (isNonSubstantiveAnswer(definition, values))
        for (let k = 0; k < groups.length; k++) domains[groups[k]!]!.nVetIkke++;
      continue;
    }
    for (let k = 0; k < groups.length; k++) {
      const domain = domains[groups[k]!]!;
      domain.byRespondent.units.push(year.asRespondent[i]!);
      domain.byOrganisation.units.push(year.asOrganisation[i]!);
      domain.byRespondent.y.push(y);
    }
  }
  const fit = year.calibration?.year.fit;
  for (const domain of domains) domain.linearised = lineariseDomain(domain.byRespondent, fit);
  return new Map(GROUPS.map((g, k) => [g, domains[k]!]));
}

function estimateOne(
  definition: IndicatorDefinition,
  year: YearContext,
  group: Group,
  domain: Domain,
): IndicatorEstimate {
  const counts = year.frameCounts.get(group);
  const ratio = domainRatio(domain.byRespondent, year.strata, year.calibration, domain.linearised);
  const se = ratio ? Math.sqrt(ratio.variance) : null;
  const interval =
    ratio && se !== null
      ? definition.measure === "share"
        ? logitInterval(ratio.estimate, se, ratio.df)
        : tInterval(ratio.estimate, se, ratio.df)
      : undefined;
  return {
    indicator: definition.id,
    year: year.design.year,
    group,
    estimate: ratio?.estimate ?? null,
    se,
    ciLow: interval?.[0] ?? null,
    ciHigh: interval?.[1] ?? null,
    df: ratio?.df ?? null,
    n: domain.byRespondent.units.length,
    nVetIkke: domain.nVetIkke,
    N: counts?.N ?? 0,
    responseRate: counts && counts.N > 0 ? counts.responded / counts.N : 0,
    suppressed: false,
    changePp: null,
    changeRel: null,
    changeSe: null,
    pValue: null,
    pAdjusted: null,
  };
}

/**
 * The change from the year before: in percentage points for shares (scale units for means),
 * relative in percent, and its standard error from the panel design of the two years.
 */
function withChange(
  row: IndicatorEstimate,
  before: IndicatorEstimate,
  definition: IndicatorDefinition,
  domains: Map<Group, Domain>,
  previousDomains: Map<Group, Domain>,
  panel: Panel,
): IndicatorEstimate {
  if (row.estimate === null || before.estimate === null) return row;
  const [current, previous] = [domains.get(row.group)!, previousDomains.get(row.group)!];
  const difference = domainRatioDifference(
    current.byOrganisation,
    previous.byOrganisation,
    panel.strata,
    panel.calibrated,
    { current: current.linearised, previous: previous.linearised },
  );
  if (!difference) return row;
  const scale = definition.measure === "share" ? 100 : 1;
  const se = Math.sqrt(difference.variance);
  return {
    ...row,
    changePp: difference.difference * scale,
    changeRel: before.estimate === 0 ? null : (row.estimate / before.estimate - 1) * 100,
    changeSe: se * scale,
    pValue: twoSidedPValue(difference.difference, se, difference.df) ?? null,
  };
}

interface GroupCounts {
  N: number;
  /** Complete and partial respondents. */
  responded: number;
}

function responseRatesByGroup(design: YearDesign): Map<Group, GroupCounts> {
  const counts = new Map<Group, GroupCounts>(GROUPS.map((g) => [g, { N: 0, responded: 0 }]));
  const frameById = new Map(design.frame.map((org) => [org.id, org]));
  for (const org of design.frame) for (const g of groupsOf(org)) counts.get(g)!.N++;
  const responded = [...design.units.map((u) => u.id), ...design.partial.map((r) => r.id)];
  for (const id of responded) {
    const org = frameById.get(id);
    if (org) for (const g of groupsOf(org)) counts.get(g)!.responded++;
  }
  return counts;
}
