// Diverging stacked bars for a scale question: one row per group, negative answers left of zero,
// positive right, the neutral middle split across zero, and "vet ikke" apart in its own column
// (it is no opinion on the scale, so it may not push the stack either way).
//
// The stack shows shares of the substantive answers — the same base as the indicators
// (SPEC §5) — and the "vet ikke" column shares of everyone who answered.
import type { AnswerShare, Group } from "../indicators/types.js";
import type { Question } from "../templates/questions.js";
import type { ChartDefinition } from "./types.js";
import { pivotNumbers } from "./chart-numbers.js";
import { distribution, round } from "./estimates.js";
import { SECTOR_GROUPS, groupLabel } from "./groups.js";
import { ABS_PERCENT_LABEL_EXPR, PERCENT_AXIS_FORMAT } from "./number-locale.js";
import { formatPercent } from "../locale/nb.js";
import { caption, listing, lowerFirst, type ChartContext } from "./text.js";
import { RANGE, STYLE } from "./vega-lite-config.js";
// A group whose substantive base is below the suppression limit is left out, like an estimate.
import { MIN_BASE_N } from "../indicators/suppression.js";

/** The tones of the theme's "likert" range, from most negative to most positive. */
export const TONES = ["neg2", "neg1", "neutral", "pos1", "pos2"] as const;
export type Tone = (typeof TONES)[number];

export interface LikertOptions {
  question: Question;
  distributions: readonly AnswerShare[];
  context: ChartContext;
  groups?: readonly Group[];
  /** Substantive codes from most negative to most positive; ascending codes by default. */
  order?: readonly number[];
  /** The neutral code; the middle code of an odd-length scale by default, `null` for none. */
  neutral?: number | null;
  id?: string;
  title?: string;
}

/** The column of "vet ikke" shares, apart from the distribution. */
const VET_IKKE = "Vet ikke";

interface Segment {
  gruppe: string;
  svar: string;
  tone: Tone;
  order: number;
  share: number;
  x0: number;
  x1: number;
  mid: number;
  verdi: string;
  /** Segments wide enough to carry their value. */
  labelled: boolean;
  dark: boolean;
}

interface VetIkke {
  gruppe: string;
  share: number;
  verdi: string;
}

export function divergingLikertChart(options: LikertOptions): ChartDefinition {
  const { question, context } = options;
  const groups = options.groups ?? SECTOR_GROUPS;
  const id = options.id ?? `likert-${question.key.replaceAll("_", "-")}`;
  const title = options.title ?? `${question.label} (${context.year})`;

  const perGroup = groups.flatMap((group) => {
    const rows = distribution(options.distributions, question.key, context.year, group);
    const substantive = rows.filter((r) => !r.nonSubstantive);
    const base = substantive.reduce((sum, r) => sum + r.n, 0);
    if (base < MIN_BASE_N) return [];
    return [{ group, rows, substantive, base }];
  });
  const first = perGroup[0];
  const order = options.order ?? first?.substantive.map((r) => r.code) ?? [];
  const neutral =
    options.neutral === undefined
      ? order.length % 2 === 1
        ? order[(order.length - 1) / 2]
        : undefined
      : (options.neutral ?? undefined);
  const tones = toneByCode(order, neutral);

  const segments = perGroup.flatMap(({ group, substantive }) =>
    stackSegments(groupLabel(group), substantive, order, tones),
  );
  const vetIkke: VetIkke[] = perGroup.map(({ group, rows }) => {
    const share = rows.filter((r) => r.nonSubstantive).reduce((sum, r) => sum + r.share, 0);
    return { gruppe: groupLabel(group), share: round(share), verdi: formatPercent(share) };
  });
  const groupLabels = perGroup.map(({ group }) => groupLabel(group));
  const answerLabels = order.map((code) => first?.rows.find((r) => r.code === code)?.label ?? "");
  const usedTones = order.map((code) => tones.get(code) ?? "neutral");
  const extent = Math.max(0.5, ...segments.map((s) => Math.max(-s.x0, s.x1)));
  const limit = Math.min(1, Math.ceil(extent * 10) / 10);

  const altText = likertAltText(question.label, context.year, segments, vetIkke);
  const y = { field: "gruppe", type: "nominal", title: null, sort: groupLabels };
  const stack = {
    width: 330,
    height: { step: 22 },
    data: { values: segments },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          y,
          x: {
            field: "x0",
            type: "quantitative",
            title: "Andel av dem som svarte (uten «vet ikke»)",
            scale: { domain: [-limit, limit], nice: false },
            axis: { labelExpr: ABS_PERCENT_LABEL_EXPR, values: symmetricTicks(limit) },
          },
          x2: { field: "x1" },
          color: {
            field: "tone",
            type: "ordinal",
            title: null,
            scale: { domain: [...TONES], range: RANGE.likert },
            legend: {
              values: usedTones,
              labelExpr: legendLabelExpr(usedTones, answerLabels),
              columns: Math.min(order.length, 5),
            },
          },
          order: { field: "order" },
        },
      },
      {
        transform: [{ filter: "datum.labelled" }],
        mark: { type: "text", style: STYLE.valueLabel, baseline: "middle" },
        encoding: {
          y,
          x: { field: "mid", type: "quantitative" },
          text: { field: "verdi" },
          color: { condition: { test: "datum.dark", value: "#ffffff" }, value: "#1a1a1a" },
        },
      },
      {
        data: { values: [{}] },
        mark: { type: "rule", color: "#595959" },
        encoding: { x: { datum: 0, type: "quantitative" } },
      },
    ],
  };
  const vetIkkeLimit = Math.min(
    1,
    Math.ceil(Math.max(0.2, ...vetIkke.map((v) => v.share)) * 10) / 10,
  );
  const apart = {
    width: 60,
    height: { step: 22 },
    data: { values: vetIkke },
    encoding: {
      y: { field: "gruppe", type: "nominal", title: null, sort: groupLabels, axis: null },
    },
    layer: [
      {
        mark: { type: "bar", style: STYLE.vetIkke },
        encoding: {
          x: {
            field: "share",
            type: "quantitative",
            title: VET_IKKE,
            scale: { domain: [0, vetIkkeLimit], nice: false },
            axis: { format: PERCENT_AXIS_FORMAT, values: [0, vetIkkeLimit] },
          },
        },
      },
      {
        mark: { type: "text", style: STYLE.valueLabel, align: "left", baseline: "middle", dx: 3 },
        encoding: { x: { field: "share", type: "quantitative" }, text: { field: "verdi" } },
      },
    ],
  };
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: altText,
    hconcat: [stack, apart],
    spacing: 16,
  };
  return {
    id,
    kind: "diverging-likert",
    title,
    caption: caption(
      perGroup.filter((g) => g.group === "alle").map((g) => g.base),
      context,
      "«Vet ikke» vises for seg og er holdt utenfor fordelingen.",
    ),
    altText,
    spec,
    numbers: pivotNumbers(
      [...segments, ...vetIkke.map((v) => ({ ...v, svar: VET_IKKE }))],
      "Gruppe",
      { rowOf: (v) => v.gruppe, columnOf: (v) => v.svar, cellOf: (v) => v.verdi },
      [...answerLabels, VET_IKKE],
    ),
  };
}

/** Which tone each code gets: by distance from the middle, strongest at the ends. */
export function toneByCode(
  order: readonly number[],
  neutral: number | undefined,
): Map<number, Tone> {
  const middle = neutral !== undefined ? order.indexOf(neutral) : (order.length - 1) / 2;
  const tones = new Map<number, Tone>();
  order.forEach((code, i) => {
    const distance = i - middle;
    if (code === neutral) tones.set(code, "neutral");
    else if (distance < 0)
      tones.set(code, distance <= -2 || (i === 0 && -distance > 1) ? "neg2" : "neg1");
    else
      tones.set(code, distance >= 2 || (i === order.length - 1 && distance > 1) ? "pos2" : "pos1");
  });
  return tones;
}

/** Lays one group's answers out around zero: negatives leftwards, neutral split, positives right. */
function stackSegments(
  gruppe: string,
  substantive: readonly AnswerShare[],
  order: readonly number[],
  tones: ReadonlyMap<number, Tone>,
): Segment[] {
  const total = substantive.reduce((sum, r) => sum + r.share, 0);
  const shareOf = (code: number) =>
    total > 0 ? (substantive.find((r) => r.code === code)?.share ?? 0) / total : 0;
  const neutralShare = order
    .filter((code) => tones.get(code) === "neutral")
    .reduce((sum, code) => sum + shareOf(code), 0);
  const segments: Segment[] = [];
  const push = (code: number, x0: number, x1: number) => {
    const share = x1 - x0;
    const tone = tones.get(code) ?? "neutral";
    segments.push({
      gruppe,
      svar: substantive.find((r) => r.code === code)?.label ?? String(code),
      tone,
      order: order.indexOf(code),
      share: round(share),
      x0: round(x0),
      x1: round(x1),
      mid: round((x0 + x1) / 2),
      verdi: formatPercent(share),
      labelled: share >= 0.07,
      dark: tone === "neg2" || tone === "pos2",
    });
  };
  // Negatives from the middle outwards, so the weakest sits next to zero.
  let left = -neutralShare / 2;
  for (const code of [...order].reverse()) {
    const tone = tones.get(code);
    if (tone !== "neg1" && tone !== "neg2") continue;
    push(code, left - shareOf(code), left);
    left -= shareOf(code);
  }
  for (const code of order)
    if (tones.get(code) === "neutral") push(code, -neutralShare / 2, neutralShare / 2);
  let right = neutralShare / 2;
  for (const code of order) {
    const tone = tones.get(code);
    if (tone !== "pos1" && tone !== "pos2") continue;
    push(code, right, right + shareOf(code));
    right += shareOf(code);
  }
  return segments.sort((a, b) => a.order - b.order);
}

/** Legend entries are tones; this writes the answer text for each. */
function legendLabelExpr(tones: readonly Tone[], labels: readonly string[]): string {
  const cases = tones.map((tone, i) => `datum.label === '${tone}' ? ${quote(labels[i] ?? "")}`);
  return `${cases.join(" : ")} : ''`;
}

function quote(text: string): string {
  return `'${text.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}

function likertAltText(
  label: string,
  year: number,
  segments: readonly Segment[],
  vetIkke: readonly VetIkke[],
): string {
  const head = `Divergerende stolpediagram: ${lowerFirst(label)} etter sektor (${year}).`;
  if (segments.length === 0) return `${head} Ingen publiserbare tall.`;
  const sides: Array<readonly Tone[]> = [["neg2", "neg1"], ["neutral"], ["pos1", "pos2"]];
  const lines = vetIkke.map(({ gruppe, verdi }) => {
    const own = segments.filter((s) => s.gruppe === gruppe);
    const parts = sides.flatMap((tones) => {
      const side = own.filter((s) => tones.includes(s.tone));
      if (side.length === 0) return [];
      const share = side.reduce((sum, s) => sum + s.share, 0);
      const answers = side.map((s) => lowerFirst(s.svar)).join(" eller ");
      return [`${formatPercent(share)} ${answers}`];
    });
    return `${gruppe}: ${listing(parts)}; ${verdi} vet ikke.`;
  });
  return [head, ...lines].join(" ");
}

/**
 * Ticks from −limit to limit around 0: every 20 % on a narrow axis, every 50 % on a wide one,
 * where "100 %" next to "80 %" would collide at the chart's width.
 */
function symmetricTicks(limit: number): number[] {
  const step = limit > 0.6 ? 0.5 : 0.2;
  const ticks: number[] = [];
  for (let k = -Math.floor(limit / step + 1e-9); k * step <= limit + 1e-9; k++)
    ticks.push(Math.round(k * step * 100) / 100);
  return ticks;
}
