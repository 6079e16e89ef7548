// `{{ definitions }}`: one row per indicator of templates/indicators.yaml — its label, the
// question it is computed from, what is counted and who is in the base — so that a reader can
// tell exactly what "33 %" is a share of.
import type { CompositePart } from "../templates/composite-framework.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import type { Question, Questionnaire } from "../templates/questions.js";
import type { Block } from "./blocks.js";
import { reportText } from "./messages.js";

const text = reportText.definitions;

/** Column widths as shares of the text width: label, question, counted, base. */
const WIDTHS = [0.26, 0.3, 0.24, 0.2] as const;

export function definitionBlocks(
  year: number,
  definitions: readonly IndicatorDefinition[],
  questionnaire: Questionnaire | undefined,
  number: number,
): Block[] {
  const questionOf = (key: string) => questionnaire?.questions.find((q) => q.key === key);
  const rows = definitions.map((d) => {
    if (d.composite) return compositeRow(d, d.composite);
    const question = questionOf(d.question);
    return [
      d.label,
      text.question(question?.label ?? d.question, d.firstYear),
      counted(d, question),
      base(d, question),
    ];
  });
  return [
    {
      kind: "table",
      number,
      title: text.title,
      columns: text.columns.map((header, i) => ({
        header,
        align: "left" as const,
        width: WIDTHS[i] ?? 0.25,
      })),
      rows,
      hasTotalRow: false,
      rowHeaders: true,
      note: text.note(year),
    },
  ];
}

function counted(d: IndicatorDefinition, question: Question | undefined): string {
  if (d.measure === "mean") return text.mean(d.unit);
  if (d.option !== undefined)
    return text.sharePicked(question?.optionLabels.get(d.option) ?? d.option);
  const labels = [...d.codes].map((code) => question?.codes.get(code) ?? String(code));
  return text.shareCodes(labels);
}

function base(d: IndicatorDefinition, question: Question | undefined): string {
  const excluded = [...d.excluded].map((code) => question?.codes.get(code) ?? String(code));
  return excluded.length === 0 || question?.type === "multi"
    ? text.baseAll
    : text.baseExcept(excluded);
}

/** The composite index or a dimension: what it is made of, and who has a score. */
function compositeRow(d: IndicatorDefinition, { framework, dimension }: CompositePart): string[] {
  const part = dimension === undefined ? undefined : framework.dimensions[dimension];
  if (part)
    return [
      d.label,
      text.compositeDimension(part.items.map((i) => i.indicator.label)),
      text.compositeCounted,
      text.compositeDimensionBase(part.minItems, part.items.length),
    ];
  const items = framework.dimensions.reduce((sum, x) => sum + x.items.length, 0);
  return [
    d.label,
    text.composite(items, framework.dimensions.length, d.firstYear),
    text.compositeCounted,
    text.compositeBase(framework.minDimensions, framework.dimensions.length),
  ];
}
