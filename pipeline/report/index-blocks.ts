// `{{ index-checks "digital-modenhet" }}`: the appendix on a composite index. Two tables: its
// framework with the checks of each dimension (Cronbach's alpha, each indicator's correlation
// with its dimension), and the sensitivity analysis (each group's score and rank with the
// defaults and their intervals over every scenario).
import { groupLabel } from "../charts/groups.js";
import type { IndexAnalysis } from "../indicators/composite-analysis.js";
import type { ScoreRange } from "../indicators/composite-sensitivity.js";
import { formatNumber, formatRankRange } from "../locale/nb.js";
import type { Block } from "./blocks.js";
import { reportText } from "./messages.js";

const text = reportText.index;

/** Column widths as shares of the text width. */
const CHECK_WIDTHS = [0.25, 0.37, 0.1, 0.07, 0.11, 0.1] as const;
const SENSITIVITY_WIDTHS = [0.2, 0.08, 0.13, 0.13, 0.13, 0.13, 0.07, 0.13] as const;

export function indexBlocks(analysis: IndexAnalysis, nextTable: () => number): Block[] {
  const { framework, checks, sensitivity, year } = analysis;
  const checkRows = checks.flatMap((check, d) =>
    check.items.map((item, i) => {
      const dimension = framework.dimensions[d]!;
      return [
        i === 0 ? text.dimension(check.label, dimension.weight, dimension.minItems) : "",
        item.label,
        item.direction === "negative" ? text.negative : text.positive,
        formatNumber(dimension.items[i]!.weight, 1),
        decimal(item.correlation),
        i === 0 ? text.alpha(decimal(check.alpha), formatNumber(check.n)) : "",
      ];
    }),
  );
  const { counts } = sensitivity;
  return [
    {
      kind: "table",
      number: nextTable(),
      title: text.checksTitle(year),
      columns: text.checksColumns.map((header, i) => ({
        header,
        align: i >= 3 ? ("right" as const) : ("left" as const),
        width: CHECK_WIDTHS[i] ?? 0.1,
      })),
      rows: checkRows,
      hasTotalRow: false,
      note: text.checksNote(year),
    },
    {
      kind: "paragraph",
      runs: [
        {
          text: text.sensitivityIntro(
            formatNumber(sensitivity.scenarios),
            formatNumber(counts["random-weights"]),
            formatNumber((1 - framework.sensitivity.weightNoise) * 100),
            formatNumber((1 + framework.sensitivity.weightNoise) * 100),
            formatNumber(counts["leave-out"]),
            formatNumber(counts.aggregation),
          ),
          style: "regular",
        },
      ],
    },
    {
      kind: "table",
      number: nextTable(),
      title: text.sensitivityTitle(year),
      columns: text.sensitivityColumns.map((header, i) => ({
        header,
        align: i === 0 ? ("left" as const) : ("right" as const),
        width: SENSITIVITY_WIDTHS[i] ?? 0.1,
      })),
      rows: sensitivity.groups.map((g) => [
        groupLabel(g.group),
        formatNumber(g.score, 1),
        scoreRange(g.byKind["random-weights"]),
        scoreRange(g.byKind["leave-out"]),
        scoreRange(g.byKind.aggregation),
        scoreRange({ low: g.scoreLow, high: g.scoreHigh }),
        g.rank === undefined ? "" : String(g.rank),
        g.rankLow === undefined || g.rankHigh === undefined
          ? ""
          : formatRankRange(g.rankLow, g.rankHigh),
      ]),
      hasTotalRow: false,
      rowHeaders: true,
      note: text.sensitivityNote(year),
    },
  ];
}

function scoreRange({ low, high }: ScoreRange): string {
  return `${formatNumber(low, 1)}–${formatNumber(high, 1)}`;
}

/** A correlation or alpha with two decimals, "–" when not defined. */
function decimal(value: number | undefined): string {
  return value === undefined ? "–" : formatNumber(value, 2);
}
