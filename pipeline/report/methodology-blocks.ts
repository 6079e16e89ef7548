// The methodology appendix (`{{ methodology }}`): frame and response rate per sector, the
// weighting, and how many rows were read, accepted and rejected (SPEC §5, §7, §9).
import { formatNumber, formatPercent } from "../locale/nb.js";
import type { IndicatorEstimate } from "../indicators/types.js";
import type { Block } from "./blocks.js";
import { reportText, sectorLabel } from "./messages.js";
import type { ReportMethodology } from "./types.js";

const text = reportText.methodology;

/** Blocks of the appendix; `nextTable` numbers its tables. */
export function methodologyBlocks(
  year: number,
  facts: ReportMethodology,
  nextTable: () => number,
  estimates: readonly IndicatorEstimate[] = [],
): Block[] {
  const ofYear = estimates.filter((e) => e.year === year);
  const hasStandardErrors = ofYear.some((e) => e.se !== null);
  const suppressed = ofYear.filter((e) => e.suppressed).length;
  const totals = facts.strata.reduce(
    (sum, s) => ({
      N: sum.N + s.N,
      complete: sum.complete + s.complete,
      partial: sum.partial + s.partial,
    }),
    { N: 0, complete: 0, partial: 0 },
  );
  const rows = facts.strata.map((s) => [
    sectorLabel[s.stratum],
    formatNumber(s.N),
    formatNumber(s.complete),
    formatNumber(s.partial),
    formatPercent(s.responseRate),
    s.complete > 0 ? formatNumber(s.N / s.complete, 2) : reportText.suppressed,
  ]);
  rows.push([
    text.total,
    formatNumber(totals.N),
    formatNumber(totals.complete),
    formatNumber(totals.partial),
    totals.N > 0 ? formatPercent((totals.complete + totals.partial) / totals.N) : "",
    "",
  ]);

  const blocks: Block[] = [
    { kind: "heading", level: 2, text: text.frameTitle, number: undefined },
    plain(text.frameIntro(year, formatNumber(totals.N))),
    {
      kind: "table",
      number: nextTable(),
      title: text.frameTableTitle(year),
      columns: text.frameTableColumns.map((header, i) => ({
        header,
        align: i === 0 ? "left" : "right",
      })),
      rows,
      hasTotalRow: true,
      note: text.frameTableSource(year),
    },
    { kind: "heading", level: 2, text: text.weightingTitle, number: undefined },
    ...text.weighting.map(plain),
    { kind: "heading", level: 2, text: text.uncertaintyTitle, number: undefined },
    // Without the year before in the input there are no changes to explain, and the report
    // says why it shows none.
    ...(facts.yearsCovered.includes(year - 1)
      ? [
          ...text.uncertainty(hasStandardErrors).map(plain),
          ...panelEffectBlocks(year, facts.panelEffect),
        ]
      : [
          plain(text.uncertainty(hasStandardErrors)[0] ?? ""),
          plain(
            facts.yearsCovered.length <= 1 ? text.oneYearOnly(year) : text.noPreviousYear(year),
          ),
        ]),
    { kind: "heading", level: 2, text: text.suppressionTitle, number: undefined },
    plain(text.suppression(year, formatNumber(suppressed), formatNumber(ofYear.length))),
    { kind: "heading", level: 2, text: text.dataTitle, number: undefined },
    plain(
      text.data(
        year,
        formatNumber(facts.rowsRead),
        formatNumber(facts.rowsAccepted),
        formatNumber(facts.rowsRejected),
        yearSpan(facts.yearsCovered),
      ),
    ),
  ];
  const rejects = facts.rejectsByCode.filter((r) => r.count > 0);
  if (rejects.length === 0) blocks.push(plain(text.noRejects));
  else
    blocks.push({
      kind: "table",
      number: nextTable(),
      title: text.rejectsTableTitle(year),
      columns: [
        { header: text.rejectsTableColumns[0], align: "left" },
        { header: text.rejectsTableColumns[1], align: "right" },
      ],
      rows: rejects.map((r) => [r.code, formatNumber(r.count)]),
      hasTotalRow: false,
      note: text.rejectsTableSource,
    });
  return blocks;
}

/** 2008–2020 (13 år) for a run of years; the years listed otherwise. */
export function yearSpan(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return "";
  if (sorted.length === 1) return String(first);
  if (last - first + 1 === sorted.length) return `${first}–${last} (${sorted.length} år)`;
  return sorted.join(", ");
}

function plain(value: string): Block {
  return { kind: "paragraph", runs: [{ text: value, style: "regular" }] };
}

/** One paragraph on the panel-aware standard errors of changes, when there are any. */
function panelEffectBlocks(year: number, effect: ReportMethodology["panelEffect"]): Block[] {
  if (effect.length === 0) return [];
  const ratios = effect.map((e) => e.changeSe / e.independentSe).sort((a, b) => a - b);
  const middle = Math.floor(ratios.length / 2);
  const median = ratios.length % 2 ? ratios[middle]! : (ratios[middle - 1]! + ratios[middle]!) / 2;
  const example = effect.find((e) => e.indicator === "avanserte-tjenester") ?? effect[0]!;
  return [
    plain(
      text.panelEffect(
        year - 1,
        year,
        formatNumber(effect.length),
        formatPercent(median),
        `«${example.label.toLowerCase()}»`,
        formatNumber(example.changeSe, 1),
        formatNumber(example.independentSe, 1),
      ),
    ),
  ];
}
