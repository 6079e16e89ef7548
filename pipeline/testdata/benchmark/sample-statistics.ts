// The sample input through stages 1–3 (ingest, survey, indicators), for the benchmark tests:
// the designs and published estimates every organisation's profile is made from. Once per file.
import path from "node:path";
import { estimateIndicators } from "../../indicators/estimate-indicators.js";
import { ingestYear } from "../../ingest/ingest.js";
import { designYear } from "../../survey/design.js";
import type { YearDesign } from "../../survey/types.js";
import { loadTemplates, type Templates } from "../../templates/load-templates.js";
import { yearsUpTo } from "../../build.js";
import type { AnswerShare, IndicatorEstimate } from "../../indicators/types.js";
import type { IngestedYear } from "../../ingest/types.js";
import { answerDistributions } from "../../indicators/answer-distributions.js";
import { parseTheme } from "../../charts/theme.js";
import { availability } from "../../report/template/availability.js";
import { methodologyFacts } from "../../survey/methodology-facts.js";
import type { BenchmarkStageInput } from "../../benchmark/benchmark-stage.js";

export const INPUT_DIR = path.resolve(import.meta.dirname, "../../../input");
export const TEMPLATES_DIR = path.resolve(import.meta.dirname, "../../../templates");

export interface SampleStatistics {
  templates: Templates;
  ingested: IngestedYear[];
  designs: YearDesign[];
  estimates: IndicatorEstimate[];
  distributions: AnswerShare[];
}

let cached: Promise<SampleStatistics> | undefined;

export function sampleStatistics(): Promise<SampleStatistics> {
  cached ??= (async () => {
    const templates = await loadTemplates(TEMPLATES_DIR);
    const years = await yearsUpTo(INPUT_DIR, undefined);
    const ingested = await Promise.all(
      years.map((year) =>
        ingestYear({ inputDir: INPUT_DIR, year, questionnaire: templates.questionnaire }),
      ),
    );
    const designs = ingested.map((y) => designYear(y, "calibrated"));
    return {
      templates,
      ingested,
      designs,
      estimates: estimateIndicators(designs, templates.definitions),
      distributions: answerDistributions(designs, templates.questionnaire),
    };
  })();
  return cached;
}

/**
 * What the benchmark stage gets from a build of the sample, built in this process: `designs`
 * may be the sample's with some respondents taken out, to make a group small.
 */
export function benchmarkStageInput(
  stats: SampleStatistics,
  options: { designs?: YearDesign[]; only?: string[] } = {},
): BenchmarkStageInput {
  const designs = options.designs ?? stats.designs;
  const { templates, estimates, distributions } = stats;
  const years = designs.map((d) => d.year);
  const year = years[years.length - 1]!;
  const { definitions, questionnaire } = templates;
  return {
    templatesDir: TEMPLATES_DIR,
    designs,
    shared: {
      year,
      isSample: true,
      definitions,
      questionnaire,
      estimates,
      distributions,
      methodology: methodologyFacts(designs.at(-1)!, stats.ingested.at(-1)!, years, estimates, definitions),
      theme: parseTheme(templates.theme.text),
    },
    findingIds: templates.findings.map((f) => f.id),
    available: availability({ year, years, estimates, distributions, unavailableFindings: new Map() }),
    only: options.only,
    workerFile: undefined,
    threads: 1,
  };
}
