// The organisations that get a benchmark report, and what each report may show of them and of
// their peers. Pure: the year's designs and the published estimates in, one profile per
// organisation with a complete response in the report year out.
//
//   1 peer values per indicator and group   2 per organisation: own answers, peer positions
//   (privacy rules applied)   3 its answers in earlier years, followed by panel id
import { findEstimate } from "../indicators/lookup.js";
import { groupsOf, isInGroup } from "../indicators/groups.js";
import { indicatorValue, isNonSubstantiveAnswer } from "../indicators/indicator-value.js";
import type { Group, IndicatorEstimate } from "../indicators/types.js";
import type { DesignUnit, YearDesign } from "../survey/types.js";
import { indicatorAskedIn, type IndicatorDefinition } from "../templates/indicator-definitions.js";
import { isPeerGroupShown, protectedQuantile, revealsEveryAnswer } from "./privacy.js";
import type { HistoryEntry, OrgProfile, OwnAnswer, PeerGroup, PeerPosition } from "./types.js";

export interface ProfileInput {
  /** Every year up to the report year, oldest first; the last is the report year. */
  designs: readonly YearDesign[];
  estimates: readonly IndicatorEstimate[];
  definitions: readonly IndicatorDefinition[];
}

export function orgProfiles(input: ProfileInput): OrgProfile[] {
  const design = input.designs[input.designs.length - 1];
  if (!design) return [];
  const asked = input.definitions.filter((d) =>
    input.estimates.some(
      (e) => e.year === design.year && e.group === "alle" && e.indicator === d.id,
    ),
  );
  const peerValues = peerValuesByGroup(design.units, asked);
  const histories = historiesByPanel(input.designs, input.definitions);
  const names = new Map(design.frame.map((o) => [o.id, o]));
  return design.units.map((unit) => {
    const frame = names.get(unit.id);
    const groups: PeerGroup[] = peerGroupsOf(unit).map((group) => {
      const others = design.units.filter((u) => u !== unit && isInGroup(u, group)).length;
      return { group, others, shown: isPeerGroupShown(others) };
    });
    const answers = asked.map((d): OwnAnswer => {
      const value = indicatorValue(d, unit.respondent.values);
      return {
        indicator: d.id,
        value,
        nonSubstantive: isNonSubstantiveAnswer(d, unit.respondent.values),
        positions: groups.map((g) =>
          position(g, d, value, peerValues.get(`${d.id}|${g.group}`) ?? [], input, design.year),
        ),
      };
    });
    return {
      id: unit.id,
      orgnr: frame?.orgnr ?? unit.respondent.orgnr,
      navn: frame?.navn ?? unit.id,
      sektor: unit.sektor,
      sizeClass: unit.sizeClass,
      panelId: unit.panelId,
      year: design.year,
      groups,
      answers,
      history: histories.get(unit.panelId) ?? [],
    };
  });
}

/** The groups an organisation is compared with: its sector, and a municipality's size class. */
function peerGroupsOf(unit: DesignUnit): Group[] {
  return groupsOf(unit).filter((g) => g !== "alle");
}

/** Sorted answers of every respondent of each group, by `indicator|group`. */
function peerValuesByGroup(
  units: readonly DesignUnit[],
  definitions: readonly IndicatorDefinition[],
): Map<string, number[]> {
  const values = new Map<string, number[]>();
  for (const unit of units)
    for (const group of peerGroupsOf(unit))
      for (const d of definitions) {
        const value = indicatorValue(d, unit.respondent.values);
        if (value === null) continue;
        const key = `${d.id}|${group}`;
        const list = values.get(key) ?? [];
        list.push(value);
        values.set(key, list);
      }
  for (const list of values.values()) list.sort((a, b) => a - b);
  return values;
}

function position(
  peerGroup: PeerGroup,
  definition: IndicatorDefinition,
  own: number | null,
  groupValues: readonly number[],
  input: ProfileInput,
  year: number,
): PeerPosition {
  const others = withoutOne(groupValues, own);
  const row = findEstimate(input.estimates, definition.id, peerGroup.group, year);
  const estimate =
    peerGroup.shown &&
    !revealsEveryAnswer(others) &&
    row &&
    !row.suppressed &&
    row.estimate !== null
      ? { estimate: row.estimate, ciLow: row.ciLow, ciHigh: row.ciHigh, n: row.n }
      : undefined;
  const quantile = (p: number) =>
    peerGroup.shown && definition.measure === "mean" && !revealsEveryAnswer(others)
      ? protectedQuantile(others, p)
      : undefined;
  return {
    group: peerGroup.group,
    others: others.length,
    estimate,
    quartiles: { q1: quantile(0.25), median: quantile(0.5), q3: quantile(0.75) },
  };
}

/** The group's sorted values with the organisation's own answer taken out once. */
function withoutOne(sorted: readonly number[], own: number | null): number[] {
  if (own === null) return [...sorted];
  const at = sorted.indexOf(own);
  return at < 0 ? [...sorted] : [...sorted.slice(0, at), ...sorted.slice(at + 1)];
}

/** Each panel's answers in every year, labelled with the organisation that gave them. */
function historiesByPanel(
  designs: readonly YearDesign[],
  definitions: readonly IndicatorDefinition[],
): Map<string, HistoryEntry[]> {
  const histories = new Map<string, HistoryEntry[]>();
  for (const design of designs) {
    const names = new Map(design.frame.map((o) => [o.id, o.navn]));
    const exists = definitions.filter((d) => indicatorAskedIn(d, design.year));
    for (const unit of [...design.units].sort((a, b) => a.id.localeCompare(b.id))) {
      const values = Object.fromEntries(
        exists.map((d) => [d.id, indicatorValue(d, unit.respondent.values)]),
      );
      const entry = { year: design.year, id: unit.id, navn: names.get(unit.id) ?? unit.id, values };
      const history = histories.get(unit.panelId) ?? [];
      history.push(entry);
      histories.set(unit.panelId, history);
    }
  }
  return histories;
}
