// From spec to SVG in Node (SPEC §6): vega-lite compiles the spec with the theme as config, vega
// renders it headless (no canvas, no browser) with Norwegian number formats, text measured from
// the embedded font, a loader that refuses everything, and warnings treated as errors.
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { ItipError, ExitCode } from "../errors.js";
import { NUMBER_LOCALE } from "./number-locale.js";
import { assertSelfContained, refusingLoader } from "./sandbox.js";
import { tidySvg } from "./svg-output.js";
import { useFontMetrics } from "./text-metrics.js";
import type { Theme } from "./theme.js";
import type { ChartDefinition, RenderedChart } from "./types.js";
import { themedSpec } from "./themed-spec.js";
import { sharedExpressionCodegen } from "./shared-expressions.js";
import { compiledChart, compiledChartStore } from "./compiled-charts.js";

const SHARED_EXPRESSIONS = sharedExpressionCodegen();

export async function renderChart(def: ChartDefinition, theme: Theme): Promise<RenderedChart> {
  const spec = themedSpec(def, theme);
  assertSelfContained(def.id, spec);
  useFontMetrics();

  const warnings: string[] = [];
  const collect = (...args: unknown[]) => warnings.push(args.map(String).join(" "));
  const runtime = compiledChart(
    spec,
    (template) => {
      const compiled = compile(template as TopLevelSpec, { logger: warningLogger(collect) }).spec;
      assertSelfContained(def.id, compiled);
      // A compile that warned is not kept: the next run warns again.
      return { runtime: vega.parse(compiled), keep: warnings.length === 0 };
    },
    compiledChartStore(),
  );

  // `locale` and `expr` are view options that vega's typings lack.
  const options = {
    renderer: "none",
    loader: refusingLoader(def.id),
    logger: warningLogger(collect),
    locale: { number: NUMBER_LOCALE },
    expr: SHARED_EXPRESSIONS,
  };
  const view = new vega.View(runtime as vega.Runtime, options as unknown as vega.ViewOptions);
  try {
    vega.resetSVGDefIds();
    const svg = tidySvg(await view.toSVG(), theme.font.family);
    if (warnings.length > 0) throw chartError(def.id, warnings.join("; "));
    return { ...def, spec, svg, ...svgSize(svg) };
  } finally {
    view.finalize();
  }
}

/** Renders charts one after another (vega's text metrics and SVG ids are global). */
export async function renderCharts(
  defs: readonly ChartDefinition[],
  theme: Theme,
): Promise<RenderedChart[]> {
  const rendered: RenderedChart[] = [];
  for (const def of defs) rendered.push(await renderChart(def, theme));
  return rendered;
}

function chartError(chartId: string, message: string): ItipError {
  return new ItipError("CHART_WARNING", `chart "${chartId}": ${message}`, {
    exitCode: ExitCode.internal,
  });
}

/** A vega/vega-lite logger that reports warnings and errors, and stays silent otherwise. */
function warningLogger(report: (...args: unknown[]) => void) {
  let level = 0;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error: (...args: unknown[]) => (report(...args), logger),
    warn: (...args: unknown[]) => (report(...args), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  return { width: Number(match?.[1] ?? 0), height: Number(match?.[2] ?? 0) };
}
