// The methodology appendix (`{{ methodology }}`): frame and response rate per sector (with a
// chart of response rates by sector and size class), the weighting and its calibration, the
// uncertainty of estimates and changes, how many statements were tested, and how many rows were
// read, accepted and rejected (SPEC §5, §7, §9).
import type { ChartRequest } from "../charts/chart-request.js";
import type { RenderedChart } from "../charts/types.js";
import { responseByGroup } from "../charts/response-rates.js";
import { GROUP_WORDS } from "../findings/group-words.js";
import type { CalibrationEffect } from "../indicators/calibration-effect.js";
import { formatNumber, formatPercent, MINUS, roundHalfAwayFromZero } from "../locale/nb.js";
import type { IndicatorEstimate } from "../indicators/types.js";
import type { CalibrationFacts } from "../survey/methodology-facts.js";
import type { FamilySummary } from "../survey/multiple-testing.js";
import type { Block } from "./blocks.js";
import { reportText, sectorLabel, sizeRange } from "./messages.js";
import type { ReportMethodology } from "./types.js";

const text = reportText.methodology;

/** The chart of response rates the appendix shows; the plan asks stage 5 to draw it. */
export const RESPONSE_CHART: ChartRequest = {
  kind: "response",
  id: "metode-svarprosent",
  title: undefined,
};

/** Blocks of the appendix; `nextTable` numbers its tables, `figure` the response-rate chart. */
export function methodologyBlocks(
  year: number,
  facts: ReportMethodology,
  nextTable: () => number,
  estimates: readonly IndicatorEstimate[] = [],
  figure?: { chart: RenderedChart; number: () => number },
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
    ...(figure ? responseBlocks(year, estimates, figure) : []),
    { kind: "heading", level: 2, text: text.weightingTitle, number: undefined },
    ...(facts.calibration
      ? calibrationBlocks(year, facts.calibration, facts.calibrationEffect, nextTable)
      : [plain(text.weighting[0]), plain(text.notCalibrated), plain(text.weighting[1])]),
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
    ...(hasStandardErrors
      ? multipleTestingBlocks(year, facts.families, facts.yearsCovered.includes(year - 1))
      : []),
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

/** The response rates by sector and size class: a sentence from the data, and the figure. */
function responseBlocks(
  year: number,
  estimates: readonly IndicatorEstimate[],
  figure: { chart: RenderedChart; number: () => number },
): Block[] {
  const rates = responseByGroup(estimates, year);
  const smallest = rates.find((r) => r.group === "kommune-<5k");
  const largest = rates.find((r) => r.group === "kommune->50k");
  return [
    ...(smallest && largest
      ? [plain(text.responseIntro(formatPercent(smallest.rate), formatPercent(largest.rate)))]
      : []),
    { kind: "figure", number: figure.number(), chart: figure.chart },
  ];
}

/** The calibration: what and why, the margins before and after, the weights' spread, its effect. */
function calibrationBlocks(
  year: number,
  calibration: CalibrationFacts,
  effects: readonly CalibrationEffect[],
  nextTable: () => number,
): Block[] {
  const merged = calibration.cells
    .filter((cell) => cell.members.length > 1)
    .map((cell) =>
      cell.margin === "fylke"
        ? `fylke ${listing(cell.members)}`
        : `kommuner med ${listing(cell.members.map(sizeOf))} innbyggere`,
    );
  const [design, why, base] = text.calibrated(merged.join("; "));
  const kommune = calibration.spread.find((s) => s.group === "kommune");
  const all = calibration.spread.find((s) => s.group === "alle");
  const shown = effects.filter((e) => e.group !== "stat" && e.group !== "fylkeskommune");
  return [
    plain(design!),
    plain(why!),
    ...(calibration.dropped ? [plain(text.fylkeDropped(year))] : []),
    {
      kind: "table",
      number: nextTable(),
      title: text.marginsTableTitle(year),
      columns: text.marginsTableColumns.map((header, i) => ({
        header,
        align: i < 2 ? "left" : "right",
      })),
      // The margin is named on its first row only.
      rows: calibration.cells.map((cell, i) => [
        calibration.cells[i - 1]?.margin === cell.margin ? "" : text.marginNames[cell.margin],
        cellLabel(cell),
        formatNumber(cell.N),
        formatNumber(cell.n),
        formatNumber(cell.before, 1),
        formatNumber(cell.after, 1),
      ]),
      hasTotalRow: false,
      note: text.marginsTableSource(year),
    },
    ...(kommune && all
      ? [
          plain(
            text.spread(
              formatNumber(kommune.min, 2),
              formatNumber(kommune.max, 2),
              formatNumber(kommune.designEffect, 2),
              formatNumber(all.designEffect, 2),
            ),
          ),
        ]
      : []),
    ...(shown.length > 0
      ? [
          plain(text.effectIntro),
          {
            kind: "list" as const,
            items: [
              ...shown.map((effect) => [
                { text: effectSentence(year, effect), style: "regular" as const },
              ]),
              [{ text: text.effectUnchanged, style: "regular" as const }],
            ],
          },
        ]
      : []),
    plain(base!),
  ];
}

/** One headline number with both weightings, and how far calibration moved it. */
export function effectSentence(year: number, effect: CalibrationEffect): string {
  const share = effect.measure === "share";
  const among = GROUP_WORDS[effect.group].definite;
  const what = share
    ? text.effectShare(effect.label.toLowerCase(), among)
    : text.effectMean(effect.label.toLowerCase(), among);
  const value = (x: number) => (share ? formatPercent(x, 1) : formatNumber(x, 2));
  const digits = share ? 1 : 2;
  const scale = share ? 100 : 1;
  const moved = effect.calibrated - effect.sector;
  const shownMove = Math.abs(moved) * scale;
  const up = roundHalfAwayFromZero(shownMove, digits) === 0 ? undefined : moved > 0;
  const change = effect.change
    ? text.effectChange(
        year - 1,
        signed(effect.change.calibrated * scale, digits) + (share ? " prosentpoeng" : ""),
        signed(effect.change.sector * scale, digits) + (share ? " prosentpoeng" : ""),
      )
    : "";
  return text.effect(
    what,
    value(effect.calibrated),
    value(effect.sector),
    text.effectMoved(formatNumber(shownMove, digits), up, share ? " prosentpoeng" : ""),
    change,
  );
}

function signed(x: number, digits: number): string {
  const formatted = formatNumber(Math.abs(x), digits);
  if (roundHalfAwayFromZero(Math.abs(x), digits) === 0) return formatted;
  return `${x > 0 ? "+" : MINUS}${formatted}`;
}

/** How many statements of each family were tested and what the adjustment did. */
function multipleTestingBlocks(
  year: number,
  families: readonly FamilySummary[],
  hasChanges: boolean,
): Block[] {
  const counts = (family: string) => {
    const f = families.find((x) => x.family === family);
    return {
      tested: formatNumber(f?.tested ?? 0),
      unadjusted: formatNumber(f?.unadjusted ?? 0),
      significant: formatNumber(f?.significant ?? 0),
    };
  };
  return [
    { kind: "heading", level: 2, text: text.multipleTestingTitle, number: undefined },
    ...(hasChanges
      ? text.multipleTesting(year, counts("changes"), counts("gaps")).map(plain)
      : [plain(text.multipleTestingGapsOnly(year, counts("gaps")))]),
  ];
}

function cellLabel(cell: CalibrationFacts["cells"][number]): string {
  if (cell.margin === "fylke") return `Fylke ${cell.members.join(" + ")}`;
  if (cell.members.length === 1 && cell.members[0] === "stat") return sectorLabel.stat;
  if (cell.members.length === 1 && cell.members[0] === "fylkeskommune")
    return sectorLabel.fylkeskommune;
  return `Kommuner ${listing(cell.members.map(sizeOf))} innb.`;
}

function sizeOf(member: string): string {
  return sizeRange[member as keyof typeof sizeRange] ?? member;
}

function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}`;
}
