// Preview rebuild times (SPEC §12: ≤ 300 ms from saving a template to the new PDF): a real
// `itip preview` on a copy of templates/, watching the folders as it does for a user. Each edit is
// saved the way an editor saves, and timed from the write to the preview's report of the PDF
// written, so the watcher's debounce counts too.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runPreview, type Rebuild } from "../preview/preview.js";
import { duration, table } from "./format.js";
import { median, spread } from "./stats.js";

export interface PreviewEdit {
  label: string;
  /** report.md after the edit numbered `n` (each edit differs from the one before). */
  apply: (reportMd: string, n: number) => string;
}

/** A sentence of prose (report and publish run again) and a chart title (one chart is redrawn). */
export const PREVIEW_EDITS: readonly PreviewEdit[] = [
  {
    label: "report.md: a sentence",
    apply: (text, n) => replaceOnce(text, /\n\n(?=[A-ZÆØÅ][^{\n]*\.\n)/, `\n\nRedigering ${n}. `),
  },
  {
    label: "report.md: a chart title",
    apply: (text, n) => replaceOnce(text, /title="/, `title="(${n}) `),
  },
];

export interface PreviewTimes {
  label: string;
  /** From saving report.md to the new PDF in place (it goes ahead of the web edition). */
  savedToPdfMs: number[];
  /** From saving report.md to the whole publication in place (web edition, manifest). */
  savedToAllMs: number[];
  /** The stages that ran, as the preview prints them (the last edit's). */
  stages: string[];
  /** Each rebuild's time per pipeline stage. */
  timings: Array<Record<string, number>>;
}

export interface PreviewBenchResult {
  firstBuildMs: number;
  edits: PreviewTimes[];
}

export async function benchPreview(options: {
  repoRoot: string;
  scratch: string;
  editsPerKind: number;
}): Promise<PreviewBenchResult> {
  const templatesDir = path.join(options.scratch, "preview-templates");
  cpSync(path.join(options.repoRoot, "templates"), templatesDir, { recursive: true });
  const reportMd = path.join(templatesDir, "report.md");
  const original = readFileSync(reportMd, "utf8");
  const builds = new BuildQueue();
  const controller = new AbortController();
  const running = runPreview({
    inputDir: path.join(options.repoRoot, "input"),
    templatesDir,
    outDir: path.join(options.scratch, "preview-output"),
    print: () => {},
    signal: controller.signal,
    onBuilt: (rebuild) => builds.push(rebuild),
  });
  try {
    const first = await builds.next();
    if (!first.ok) throw new Error(`the preview's first build failed: ${String(first.error)}`);
    const edits: PreviewTimes[] = [];
    let n = 0;
    for (const edit of PREVIEW_EDITS) {
      const times: PreviewTimes = {
        label: edit.label,
        savedToPdfMs: [],
        savedToAllMs: [],
        stages: [],
        timings: [],
      };
      for (let i = 0; i < options.editsPerKind; i++) {
        const saved = performance.now();
        writeFileSync(reportMd, edit.apply(original, ++n));
        const rebuild = await builds.next();
        if (!rebuild.ok) throw new Error(`a preview rebuild failed: ${String(rebuild.error)}`);
        times.savedToPdfMs.push((rebuild.pdfAt ?? performance.now()) - saved);
        times.savedToAllMs.push(performance.now() - saved);
        times.stages = rebuild.stages;
        times.timings.push(rebuild.timingsMs);
      }
      edits.push(times);
    }
    return { firstBuildMs: first.ms, edits };
  } finally {
    writeFileSync(reportMd, original);
    controller.abort();
    await running;
  }
}

export function previewTable(result: PreviewBenchResult): string {
  const rows = [
    ["edit", "saved → PDF, median", "range", "saved → all", "stages that ran (median)"],
    ["(first build, warm-up)", duration(result.firstBuildMs), "", "", "all"],
    ...result.edits.map((e) => [
      e.label,
      duration(median(e.savedToPdfMs)),
      rangeOf(e.savedToPdfMs),
      duration(median(e.savedToAllMs)),
      stageMedians(e.timings),
    ]),
  ];
  return table(rows);
}

/** The preview's builds, one at a time, in order. */
class BuildQueue {
  private readonly done: Rebuild[] = [];
  private waiting: ((rebuild: Rebuild) => void) | undefined;

  push(rebuild: Rebuild): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve(rebuild);
    } else this.done.push(rebuild);
  }

  next(): Promise<Rebuild> {
    const ready = this.done.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve) => (this.waiting = resolve));
  }
}

/** "report 180 ms, publish 20 ms": the stages that took a millisecond or more. */
function stageMedians(timings: ReadonlyArray<Record<string, number>>): string {
  const stages = Object.keys(timings[0] ?? {});
  return stages
    .map((stage) => [stage, median(timings.map((t) => t[stage] ?? 0))] as const)
    .filter(([, ms]) => ms >= 1)
    .map(([stage, ms]) => `${stage} ${duration(ms)}`)
    .join(", ");
}

function rangeOf(values: readonly number[]): string {
  const { min, max } = spread(values);
  return `${duration(min)}–${duration(max)}`;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`report.md has nothing to edit for ${pattern}`);
  return text.replace(pattern, replacement);
}
