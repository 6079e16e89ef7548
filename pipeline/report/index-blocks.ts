// `{{ index-checks "digital-modenhet" }}`: the appendix on a composite index. Two tables: its
// framework with the checks of each dimension (Cronbach's alpha, each indicator's correlation
// with its dimension), and the sensitivity analysis (each group's score and rank with the
// defaults and their intervals over every scenario).
import { groupLabel } from "../charts/groups.js";
import type { IndexAnalysis } from "../indicators/composite-analysis.js";
import { formatNumber } from "../locale/nb.js";
import type { Block } from "./blocks.js";
import { reportText } from "./messages.js";

const text = reportText.index;

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
      })),
      rows: sensitivity.groups.map((g) => [
        groupLabel(g.group),
        formatNumber(g.score, 1),
        `${formatNumber(g.scoreLow, 1)}–${formatNumber(g.scoreHigh, 1)}`,
        g.rank === undefined ? "" : String(g.rank),
        g.rankLow === undefined ? "" : `${g.rankLow}–${g.rankHigh}`,
      ]),
      hasTotalRow: false,
      rowHeaders: true,
      note: text.sensitivityNote(year),
    },
  ];
}

/** A correlation or alpha with two decimals, "–" when not defined. */
function decimal(value: number | undefined): string {
  return value === undefined ? "–" : formatNumber(value, 2);
}
