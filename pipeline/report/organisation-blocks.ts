// The blocks of a benchmark report about its organisation (benchmark.md): its answers next to
// its peer groups' published estimates and its position among them, its answers over the years
// (predecessors named as theirs), what changed since its last answer, and which peer groups are
// shown. Only aggregates of peers appear: the profile holds nothing else (benchmark/types.ts).
import type { HistoryEntry, OrgProfile, OwnAnswer, PeerPosition } from "../benchmark/types.js";
import { groupLabel } from "../charts/groups.js";
import { ownAnswerText } from "../charts/own-answer.js";
import { sourceLine } from "../charts/text.js";
import type { SourceLocation } from "../errors.js";
import { formatNumber, formatPercent } from "../locale/nb.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { matchIndicatorList } from "../templates/indicator-list.js";
import type { Block, Run } from "./blocks.js";
import { formatBound, formatCell } from "./indicator-table.js";
import { benchmarkText, peerGroupName } from "./messages.js";
import type { Directive } from "./template/directive.js";
import { templateError } from "./template/template-error.js";

const text = benchmarkText;

type OwnTable = Extract<Directive, { kind: "own-table" }>;
type OwnHistory = Extract<Directive, { kind: "own-history" }>;
type OwnChanges = Extract<Directive, { kind: "own-changes" }>;

interface Context {
  organisation: OrgProfile;
  definitions: readonly IndicatorDefinition[];
  isSample: boolean;
}

/** The organisation's answers, one row per indicator: own answer, each peer group, position. */
export function ownTableBlock(directive: OwnTable, ctx: Context, number: number): Block {
  const { organisation } = ctx;
  const answers = answersOf(directive.indicators, ctx);
  const groups = organisation.groups;
  const hidden = answers.some(({ answer }) => answer.positions.some((p) => !p.estimate));
  const rows = answers.map(({ definition, answer }) => [
    definition.label,
    ownAnswerText(definition, answer),
    ...answer.positions.map((p) => estimateCell(definition, p)),
    positionText(definition, answer),
  ]);
  const closest = [...groups].reverse().find((g) => g.shown);
  const note = [
    text.ownTableNote(closest && peerGroupName(closest.group)),
    hidden ? text.hiddenGroupNote : "",
    sourceLine({ year: organisation.year, isSample: ctx.isSample }),
  ]
    .filter(Boolean)
    .join(" ");
  return {
    kind: "table",
    number,
    title: `${directive.title}, ${organisation.year}`,
    columns: [
      { header: text.indicatorColumn, align: "left", width: 0.3 },
      { header: text.ownColumn, align: "right", width: 0.1 },
      ...groups.map((g) => ({ header: groupLabel(g.group), align: "right" as const, width: 0.17 })),
      { header: text.positionColumn, align: "right", width: groups.length > 1 ? 0.22 : 0.39 },
    ],
    rows,
    hasTotalRow: false,
    rowHeaders: true,
    note,
  };
}

/** The organisation's answers in every year it (or a predecessor) answered. */
export function ownHistoryBlock(directive: OwnHistory, ctx: Context, number: number): Block {
  const { organisation } = ctx;
  const definitions = matched(directive.indicators, ctx.definitions);
  const share = 0.68 / Math.max(1, definitions.length);
  const rows = organisation.history.map((h) => [
    String(h.year),
    h.id === organisation.id ? h.navn : text.predecessor(h.navn),
    ...definitions.map((d) => historyCell(d, h)),
  ]);
  const predecessors = organisation.history.some((h) => h.id !== organisation.id);
  return {
    kind: "table",
    number,
    title: `${directive.title}, ${organisation.history[0]?.year ?? organisation.year}–${organisation.year}`,
    columns: [
      { header: text.yearColumn, align: "left", width: 0.07 },
      { header: text.answeredByColumn, align: "left", width: 0.25 },
      ...definitions.map((d) => ({ header: d.label, align: "right" as const, width: share })),
    ],
    rows,
    hasTotalRow: false,
    rowHeaders: true,
    note: [
      text.historyNote,
      predecessors ? text.predecessorNote : "",
      sourceLine({ year: organisation.year, isSample: ctx.isSample }),
    ]
      .filter(Boolean)
      .join(" "),
  };
}

/** What changed since the organisation's last answer, as a list (or a sentence saying why not). */
export function ownChangesBlocks(directive: OwnChanges, ctx: Context): Block[] {
  const { organisation } = ctx;
  const current = organisation.history.filter((h) => h.year === organisation.year);
  const earlier = organisation.history.filter((h) => h.year < organisation.year);
  const lastYear = earlier[earlier.length - 1]?.year;
  const paragraph = (t: string): Block[] => [
    { kind: "paragraph", runs: [{ text: t, style: "regular" }] },
  ];
  if (lastYear === undefined || current.length === 0)
    return paragraph(text.noEarlierAnswer(organisation.year));
  const before = earlier.filter((h) => h.year === lastYear);
  const now = current[0]!;
  const items: Run[][] = matched(directive.indicators, ctx.definitions).flatMap((d) => {
    const value = now.values[d.id];
    const previous = before.filter((h) => h.values[d.id] !== undefined);
    if (value === undefined || value === null || previous.length === 0) return [];
    if (previous.every((h) => h.values[d.id] === value)) return [];
    const was = previous.map((h) => {
      const answer = historyCell(d, h).toLowerCase();
      return before.length > 1 || h.id !== organisation.id ? `${answer} (${h.navn})` : answer;
    });
    return [
      [
        { text: `${d.label}: `, style: "bold" },
        {
          text: text.changed(
            lastYear,
            was.join(", "),
            organisation.year,
            historyCell(d, now).toLowerCase(),
          ),
          style: "regular",
        },
      ],
    ];
  });
  const intro = text.changesIntro(
    lastYear,
    organisation.year,
    before.length > 1 || before[0]?.id !== organisation.id,
  );
  if (items.length === 0) return paragraph(`${intro} ${text.noChanges}`);
  return [...paragraph(intro), { kind: "list", items }];
}

/** Which peer groups the report compares with, how many answered, and which are not shown. */
export function peerGroupsBlocks(ctx: Context): Block[] {
  const { organisation } = ctx;
  const shown = organisation.groups.filter((g) => g.shown);
  const hidden = organisation.groups.filter((g) => !g.shown);
  const runs: Run[] = [
    {
      text: shown.length
        ? text.peerGroups(
            organisation.navn,
            shown.map((g) => `${peerGroupName(g.group)} (${formatNumber(g.others)} andre svarte)`),
          )
        : text.noPeerGroups(organisation.navn),
      style: "regular",
    },
  ];
  for (const g of hidden)
    runs.push({
      text: ` ${text.groupHidden(peerGroupName(g.group), organisation.year)}`,
      style: "regular",
    });
  return [{ kind: "paragraph", runs }];
}

/** `{{ own "…" }}`: the organisation's answer on one indicator. */
export function ownValueText(id: string, ctx: Context, location: SourceLocation): string {
  const definition = ctx.definitions.find((d) => d.id === id);
  if (!definition)
    throw templateError(
      "TEMPLATE_INDICATOR_UNKNOWN",
      location,
      id,
      ctx.definitions.map((d) => d.id),
    );
  const answer = ctx.organisation.answers.find((a) => a.indicator === id);
  return answer ? ownAnswerText(definition, answer).toLowerCase() : text.notAsked;
}

function answersOf(list: readonly string[], ctx: Context) {
  return matched(list, ctx.definitions).flatMap((definition) => {
    const answer = ctx.organisation.answers.find((a) => a.indicator === definition.id);
    return answer ? [{ definition, answer }] : [];
  });
}

function matched(list: readonly string[], definitions: readonly IndicatorDefinition[]) {
  return [...new Set(matchIndicatorList(list, definitions).flatMap((e) => e.matches))];
}

function estimateCell(definition: IndicatorDefinition, position: PeerPosition): string {
  const e = position.estimate;
  if (!e) return text.hidden;
  const value = formatCell(definition, e.estimate);
  if (e.ciLow === null || e.ciHigh === null) return value;
  return `${value} (${formatBound(definition, e.ciLow)}–${formatBound(definition, e.ciHigh)})`;
}

/**
 * Where the organisation stands in its closest peer group that is shown: for a share, how large
 * a part of the group (the published estimate) answered as it did; for a mean, its quartile
 * among the others' answers in the closest group whose quartiles the privacy rules let through.
 */
export function positionText(definition: IndicatorDefinition, answer: OwnAnswer): string {
  if (answer.value === null) return text.noPosition;
  const closestFirst = [...answer.positions].reverse();
  if (definition.measure === "share") {
    const closest = closestFirst.find((p) => p.estimate !== undefined)?.estimate;
    if (!closest) return text.hidden;
    return text.amongShare(
      formatPercent(answer.value === 1 ? closest.estimate : 1 - closest.estimate),
    );
  }
  const withQuartiles = closestFirst.find(
    (p) =>
      p.quartiles.q1 !== undefined &&
      p.quartiles.median !== undefined &&
      p.quartiles.q3 !== undefined,
  );
  if (!withQuartiles) return text.quartilesHidden;
  const { q1, median, q3 } = withQuartiles.quartiles as Record<"q1" | "median" | "q3", number>;
  const quartile = answer.value > q3 ? 4 : answer.value > median ? 3 : answer.value >= q1 ? 2 : 1;
  return text.quartile(quartile, peerGroupName(withQuartiles.group));
}

function historyCell(definition: IndicatorDefinition, entry: HistoryEntry): string {
  const value = entry.values[definition.id];
  if (value === undefined) return text.notAsked;
  return ownAnswerText(definition, { value, nonSubstantive: false });
}
