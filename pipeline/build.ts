// The pipeline, drawn once (SPEC §10); the code below follows it stage by stage.
//
//   1 ingest  →  2 survey  →  3 indicators  →  4 findings  →  5 charts  →  6 report  →  7 publish
//   read exports,   design,      estimates,       statements     specs→SVG     PDF,         output/<year>/
//                                                                              6b web HTML
//   frame, codebook; weights     change           from the data
//   validate; rejects
//
// With --per-org, stage 6c builds a benchmark report (templates/benchmark.md) for every
// organisation that answered, in a pool of workers; publish writes them under virksomheter/.
//
// Which parts of templates/report.md a year shows is planned before the charts are drawn (6a):
// `{{ needs … }}` sections the year lacks are left out and listed, and the charts the shown
// parts declare are the ones stage 5 draws.
//
// Stages 2–6 are pure: typed input to typed output. Only ingest (and loading the templates)
// reads files and only publish writes them, so a file-level input error stops the build before
// anything is written.
//
// Every stage runs through a build session (build-session.ts), which remembers its output by its
// inputs: `itip build` starts with an empty one, `itip preview` keeps one between builds and so
// runs only the stages downstream of what changed.
import { readdir } from "node:fs/promises";
import { pathExists } from "./path-exists.js";
import path from "node:path";
import { BuildSession, folderStamp } from "./build-session.js";
import { ExitCode, ItipError, formatLocation } from "./errors.js";
import { loadTemplates } from "./templates/load-templates.js";
import { ingestYear, type IngestOverrides } from "./ingest/ingest.js";
import type { IngestedYear } from "./ingest/types.js";
import { designYear } from "./survey/design.js";
import type { Weighting } from "./survey/types.js";
import { estimateIndicators } from "./indicators/estimate-indicators.js";
import { answerDistributions } from "./indicators/answer-distributions.js";
import { buildMicrodata } from "./indicators/microdata.js";
import { sectorGapTests } from "./indicators/sector-gaps.js";
import { calibrationEffect } from "./indicators/calibration-effect.js";
import { analyseIndex } from "./indicators/composite-analysis.js";
import { headlineNumbers } from "./findings/headline-numbers.js";
import { writeFindings } from "./findings/write-findings.js";
import { chartsInSession } from "./charts/charts-in-session.js";
import { parseTheme } from "./charts/theme.js";
import { buildReportPdf } from "./report/build-report.js";
import { availability } from "./report/template/availability.js";
import { planReport, type LeftOut } from "./report/template/plan.js";
import { pdfFileName, publish, type PublishedFiles } from "./publish/publish.js";
import { buildWebEdition } from "./web/build-web.js";
import { indicatorsCsv, microdataCsv, rejectsCsv } from "./publish/tables.js";
import { inputEntries } from "./publish/manifest.js";
import { publishPdfAhead } from "./publish/pdf-ahead.js";
import { methodologyFacts } from "./survey/methodology-facts.js";
import { dependencyVersions, toolVersion } from "./package-info.js";
import { benchmarkStage, type BenchmarkStageResult } from "./benchmark/benchmark-stage.js";
import type { ProgressSink } from "./benchmark/progress-bar.js";

export interface BuildOptions {
  /** The report year; the newest year in the input when omitted. */
  year?: number;
  inputDir: string;
  templatesDir: string;
  outDir: string;
  strict: boolean;
  /**
   * `--weights`: `calibrated` (default) rakes the sector design weights to the frame's totals
   * by municipality size class and county; `sector` keeps N_h / n_h, for comparison.
   */
  weights?: Weighting;
  /** `--delimiter` / `--encoding`: the dialect of the exports when detection gets it wrong. */
  overrides?: IngestOverrides;
  /** Progress lines (stage, counts, time) go here; the CLI passes stderr. */
  progress?: (line: string) => void;
  /** Stage outputs kept from earlier builds in this process (`itip preview`); none when omitted. */
  session?: BuildSession;
  /** `--per-org`: benchmark reports (benchmark.md) for the organisations that answered. */
  perOrg?: PerOrgOptions | undefined;
  /**
   * `itip preview`: the new PDF goes into the published folder as soon as it is laid out, before
   * the web edition and the rest (publish/pdf-ahead.ts).
   */
  pdfAhead?: boolean;
}

export interface PerOrgOptions {
  /** `--org`: only these organisation ids; every complete respondent when omitted. */
  only?: string[] | undefined;
  /** The bundled pool worker; the reports are built in this process when omitted. */
  workerFile?: string | undefined;
  threads: number;
  progress?: ((total: number) => ProgressSink) | undefined;
}

export interface BuildResult {
  year: number;
  published: PublishedFiles;
  rowsRejected: number;
  timingsMs: Record<string, number>;
  /** What the templates name that the year left out, and why. */
  leftOut: LeftOut[];
  /** The benchmark reports, with `--per-org`. */
  benchmark?: BenchmarkStageResult | undefined;
  /** With `pdfAhead`: when (performance.now()) the new PDF was in place, if it went ahead. */
  pdfAheadAt?: number | undefined;
}

/** The weighting a build uses when `--weights` is not given. */
export const DEFAULT_WEIGHTING: Weighting = "calibrated";

/** Marks an input folder as the synthetic sample: the report then says so on every page. */
export const SAMPLE_MARKER = "EKSEMPELDATA.md";

export async function build(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const say = options.progress ?? (() => {});
  const time = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    const result = await work();
    timings[stage] = Math.round((performance.now() - start) * 10) / 10;
    return result;
  };

  const session = options.session ?? new BuildSession();
  const { memo } = session;
  const templates = await loadTemplates(options.templatesDir, memo);
  const years = await yearsUpTo(options.inputDir, options.year);
  const year = years[years.length - 1]!;
  const isSample = await pathExists(path.join(options.inputDir, SAMPLE_MARKER));

  // 1 ingest: a year is read again when a file of its folder or questions.yaml changed
  const stamps = await Promise.all(
    years.map((y) => folderStamp(path.join(options.inputDir, String(y)))),
  );
  const { delimiter, encoding } = options.overrides ?? {};
  const ingested = await time("ingest", () =>
    Promise.all(
      years.map((y, i) =>
        memo(
          `ingest:${y}`,
          [options.inputDir, stamps[i], templates.questionnaire, delimiter, encoding],
          () =>
            ingestYear({
              inputDir: options.inputDir,
              year: y,
              questionnaire: templates.questionnaire,
              overrides: options.overrides,
            }),
        ),
      ),
    ),
  );
  const current = ingested[ingested.length - 1]!;
  const rejected = ingested.reduce((sum, y) => sum + y.rejects.length, 0);
  say(`1 ingest      ${years.length} years, ${rowsSummary(ingested)}  ${timings.ingest} ms`);
  for (const notice of ingested.flatMap((y) => y.notices))
    say(
      `  ${formatLocation({ file: notice.file, line: notice.line, column: notice.column ?? undefined })}${notice.code}: ${notice.message}`,
    );
  if (options.strict && rejected > 0)
    throw new ItipError(
      "INPUT_REJECTS_STRICT",
      `${rejected} rows or cells were rejected and --strict is set; see rejects.csv by running without --strict, or fix the input.`,
      { exitCode: ExitCode.input },
    );

  // 2 survey
  const weighting = options.weights ?? DEFAULT_WEIGHTING;
  const designs = await time("survey", () =>
    ingested.map((y) => memo(`survey:${y.year}`, [y, weighting], () => designYear(y, weighting))),
  );
  say(
    `2 survey      ${designs.reduce((s, d) => s + d.units.length, 0)} complete units  ${timings.survey} ms`,
  );

  // 3 indicators
  const { definitions, questionnaire } = templates;
  const { estimates, gapTests, distributions, microdata, index } = await time("indicators", () => {
    const estimates = memo("indicators:estimates", [designs, definitions], () =>
      estimateIndicators(designs, definitions),
    );
    return {
      estimates,
      // The composite index's checks and sensitivity analysis in the report year.
      index: memo("indicators:index", [designs, definitions, estimates], () => {
        const composite = definitions.find((d) => d.composite && !d.composite.dimension);
        return composite && analyseIndex(composite, designs[designs.length - 1]!, estimates);
      }),
      gapTests: memo("indicators:gaps", [estimates, definitions], () =>
        sectorGapTests(estimates, definitions),
      ),
      distributions: memo("indicators:distributions", [designs, questionnaire], () =>
        answerDistributions(designs, questionnaire),
      ),
      microdata: memo("indicators:microdata", [designs, questionnaire, definitions], () =>
        buildMicrodata(designs, questionnaire, definitions),
      ),
    };
  });
  say(`3 indicators  ${estimates.length} estimates  ${timings.indicators} ms`);

  // 4 findings
  const written = await time("findings", () =>
    memo(
      "findings",
      [year, estimates, gapTests, definitions, questionnaire, templates.findings],
      () =>
        writeFindings({
          year,
          estimates,
          gapTests,
          definitions,
          questionnaire,
          declarations: templates.findings,
        }),
    ),
  );
  const { findings } = written;
  say(`4 findings    ${findings.length} findings  ${timings.findings} ms`);

  // 6a plan: the parts of report.md the year can show, and the charts they declare
  const { report } = templates;
  const available = () =>
    availability({
      year,
      years,
      estimates,
      distributions,
      unavailableFindings: new Map(written.unavailable.map((f) => [f.id, f.reason])),
      composites: new Set(definitions.filter((d) => d.composite).map((d) => d.id)),
    });
  const plan = memo(
    "plan",
    [
      report.file,
      report.text,
      definitions,
      questionnaire,
      templates.findings,
      years,
      estimates,
      distributions,
      written,
    ],
    () =>
      planReport(
        report,
        {
          definitions,
          questions: questionnaire.questions,
          findingIds: templates.findings.map((f) => f.id),
        },
        available(),
      ),
  );
  const leftOut = [
    ...plan.leftOut,
    ...written.unavailable.map((f): LeftOut => ({
      location: f.location,
      what: `finding "${f.id}"`,
      reason: f.reason,
    })),
    ...written.shortened.map((f): LeftOut => ({
      location: f.location,
      what: `a sentence of finding "${f.id}"`,
      reason: f.reason,
    })),
  ];

  // 5 charts: a chart is drawn again only when its final spec or the theme changed
  const theme = memo("charts:theme", [templates.theme.text], () =>
    parseTheme(templates.theme.text),
  );
  const charts = await time("charts", () =>
    chartsInSession(
      session,
      plan.charts.map((c) => c.request),
      { year, estimates, distributions, definitions, questionnaire, isSample, index },
      theme,
    ),
  );
  say(`5 charts      ${charts.length} charts  ${timings.charts} ms`);

  // 6 report
  const designOfYear = designs[designs.length - 1]!;
  const methodology = memo(
    "report:methodology",
    [designs, current, years, estimates, gapTests, definitions, templates.findings],
    () =>
      methodologyFacts(designOfYear, current, years, estimates, definitions, {
        gapTests,
        calibrationEffect: calibrationEffect(
          designs,
          year,
          estimates,
          definitions,
          headlineNumbers(templates.findings),
        ),
      }),
  );
  // The report's input, field by field: the memo compares each of them.
  const reportParts = {
    year,
    isSample,
    file: report.file,
    text: plan.text,
    definitions,
    questionnaire,
    estimates,
    charts,
    findings,
    methodology,
    index,
  };
  const pdf = await time("report", () =>
    memo("report", Object.values(reportParts), () => {
      const { file, text, ...rest } = reportParts;
      return buildReportPdf({ ...rest, template: { file, text } });
    }),
  );
  say(`6 report      ${pdf.byteLength} bytes, ${leftOut.length} left out  ${timings.report} ms`);
  for (const item of leftOut)
    say(`  left out ${formatLocation(item.location)}${item.what}: ${item.reason}`);
  const pdfAheadAt =
    options.pdfAhead && (await publishPdfAhead(options.outDir, year, pdf, session.written))
      ? performance.now()
      : undefined;

  // 6b web: the same report as HTML, linking to the PDF and the data files published beside it
  // The data files, timed as a stage of their own: microdata.csv's rows are made as it is written.
  const tables = await time("tables", () => ({
    "indicators.csv": memo("publish:indicators.csv", [estimates], () => indicatorsCsv(estimates)),
    "microdata.csv": memo("publish:microdata.csv", [microdata], () => microdataCsv(microdata)),
    "rejects.csv": memo("publish:rejects.csv", [ingested], () =>
      rejectsCsv(ingested.flatMap((y) => y.rejects)),
    ),
  }));
  const pdfFile = { file: pdfFileName(year), bytes: pdf.byteLength };
  const dataFiles = Object.entries(tables).map(([file, text]) => ({
    file,
    bytes: Buffer.byteLength(text),
  }));
  const web = await time("web", () =>
    memo("web", [...Object.values(reportParts), pdfFile.bytes, JSON.stringify(dataFiles)], () => {
      const { file, text, ...rest } = reportParts;
      return buildWebEdition({ ...rest, template: { file, text }, pdf: pdfFile, dataFiles });
    }),
  );
  say(`6b web        ${web.size} files  ${timings.web} ms`);
  // 6c benchmark reports, one per organisation that answered (`--per-org`)
  const perOrg = options.perOrg;
  const benchmark =
    perOrg &&
    (await time("benchmark", () =>
      benchmarkStage({
        templatesDir: options.templatesDir,
        designs,
        shared: {
          year,
          isSample,
          definitions,
          questionnaire,
          estimates,
          distributions,
          methodology,
          theme,
        },
        findingIds: templates.findings.map((f) => f.id),
        available: available(),
        only: perOrg.only,
        workerFile: perOrg.workerFile,
        threads: perOrg.threads,
        progress: perOrg.progress,
      }),
    ));
  if (benchmark) {
    say(
      `6c benchmark  ${benchmark.outcomes.length - benchmark.failed} reports, ${benchmark.failed} failed  ${timings.benchmark} ms`,
    );
    for (const item of benchmark.leftOut)
      say(`  left out ${formatLocation(item.location)}${item.what}: ${item.reason}`);
  }

  // 7 publish
  const published = await time("publish", () =>
    publish(
      options.outDir,
      {
        year,
        pdf,
        indicatorsCsv: tables["indicators.csv"],
        microdataCsv: tables["microdata.csv"],
        rejectsCsv: tables["rejects.csv"],
        charts,
        web,
        additionalFiles: benchmark?.files ?? [],
        manifest: {
          tool: { name: "it-i-praksis", version: toolVersion() },
          year,
          sample: isSample,
          weights: weighting,
          inputs: inputEntries(ingested.flatMap((y) => y.files)),
          notices: ingested.flatMap((y) => y.notices),
          templates: templates.files.map((t) => ({ file: t.file, sha256: t.sha256 })),
          leftOut: leftOut.map(({ location, what, reason }) => ({ ...location, what, reason })),
          versions: dependencyVersions(),
          timingsMs: timings,
        },
      },
      session.written,
    ),
  );
  say(
    `7 publish     ${published.files.length} files in ${published.directory}  ${timings.publish} ms`,
  );
  return {
    year,
    // The PDF that went ahead was written first; publish only linked it.
    published:
      pdfAheadAt === undefined
        ? published
        : { ...published, written: [pdfFileName(year), ...published.written] },
    rowsRejected: rejected,
    timingsMs: timings,
    leftOut,
    benchmark,
    pdfAheadAt,
  };
}

/** The years in the input folder up to `year` (all of them when omitted), oldest first. */
export async function yearsUpTo(inputDir: string, year: number | undefined): Promise<number[]> {
  let entries: string[];
  try {
    entries = await readdir(inputDir);
  } catch (error) {
    throw new ItipError(
      "INPUT_DIR_MISSING",
      `the input folder does not exist; pass --input <dir> or run \`itip sample\` to create the sample input.`,
      { location: { file: inputDir }, cause: error },
    );
  }
  const years = entries
    .filter((e) => /^\d{4}$/.test(e))
    .map(Number)
    .filter((y) => year === undefined || y <= year)
    .sort((a, b) => a - b);
  if (years.length === 0 || (year !== undefined && years[years.length - 1] !== year))
    throw new ItipError(
      "INPUT_YEAR_MISSING",
      year === undefined
        ? `no year folders (e.g. 2020/) in the input folder; add one with dataset.csv, structure.csv, labels.csv and frame.csv.`
        : `there is no folder ${year}/ in the input folder; add that year's export or choose another --year.`,
      { location: { file: inputDir } },
    );
  return years;
}

function rowsSummary(ingested: readonly IngestedYear[]): string {
  const datasets = ingested.flatMap((y) => y.files.filter((f) => f.file.endsWith("dataset.csv")));
  const sum = (pick: (f: (typeof datasets)[number]) => number) =>
    datasets.reduce((s, f) => s + pick(f), 0);
  return `${sum((f) => f.rowsRead)} rows read, ${sum((f) => f.rowsAccepted)} accepted, ${sum((f) => f.rowsRejected)} rejected`;
}
