// `itip preview` (SPEC §8, §12): one warm process that builds the report, then watches
// `templates/` and `input/` and builds again on every change, running only the stages downstream
// of what changed (the build session remembers the rest). The PDF is written atomically, so an
// open viewer reloads a whole file; an error is printed as `itip build` prints it, the last good
// PDF stays, and the watching goes on. One line per build: what changed, the stages that ran and
// the milliseconds from the first file event to the PDF written.
import path from "node:path";
import { build, type BuildOptions } from "../build.js";
import { BuildSession } from "../build-session.js";
import { ItipError } from "../errors.js";
import { previewText } from "./messages.js";
import { watchFolders, type WatchOptions } from "./watch.js";

export type PreviewOptions = Omit<BuildOptions, "strict" | "progress" | "session"> & {
  /** Where the preview speaks: a line per build, errors, warnings. The CLI passes stderr. */
  print: (line: string) => void;
  /** The stage progress of the first build (not with `--quiet`). */
  progress?: (line: string) => void;
};

export interface Rebuild {
  ok: boolean;
  /** The files whose change started the build (none for the first build). */
  changed: string[];
  /** The session's stages that computed, in order (`plan`, `charts:draw trend-x`, `report`). */
  ran: string[];
  /** The same by pipeline stage, as printed: `plan`, `charts (1 of 18 drawn)`, `report`, `publish`. */
  stages: string[];
  /** The files publish wrote. */
  written: string[];
  /** From the first file event (or the call) to the PDF written, or to the error. */
  ms: number;
  /** When (performance.now()) the PDF was in place; the web edition and the rest follow it. */
  pdfAt?: number;
  /** The build's time per stage (`report`, `publish`, …), as in the manifest. */
  timingsMs: Record<string, number>;
  error?: unknown;
}

export class PreviewSession {
  private readonly session = new BuildSession();
  private builds = 0;

  constructor(private readonly options: PreviewOptions) {}

  /** Builds again after `changed` files changed; prints the error or one line, never throws. */
  async rebuild(changed: readonly string[] = [], since = performance.now()): Promise<Rebuild> {
    const { print, progress, ...buildOptions } = this.options;
    const first = this.builds++ === 0;
    const what = { changed: [...changed] };
    const pdfsBefore = writtenPdfs(this.session);
    try {
      const result = await build({
        ...buildOptions,
        strict: false,
        pdfAhead: true,
        session: this.session,
        ...(first && progress ? { progress } : {}),
      });
      const pdfAt = result.pdfAheadAt ?? performance.now();
      const ms = Math.round(pdfAt - since);
      const ran = this.session.takeRan();
      const charts = result.published.files.filter((f) => f.endsWith(".svg")).length;
      const stages = [...summariseStages(ran, charts), "publish"];
      const { written } = result.published;
      const pdf = written.includes(path.basename(result.published.pdf))
        ? path.relative(process.cwd(), result.published.pdf)
        : undefined;
      print(previewText.built(changedLabel(changed), stages, ms, pdf));
      return { ok: true, ...what, ran, stages, written, ms, pdfAt, timingsMs: result.timingsMs };
    } catch (error) {
      const ms = Math.round(performance.now() - since);
      const ran = this.session.takeRan();
      print(errorText(error));
      // The PDF goes ahead of the web edition: an error after it leaves the new PDF in place.
      const pdfWent = writtenPdfs(this.session).some((entry, i) => entry !== pdfsBefore[i]);
      print(previewText.failed(changedLabel(changed), ms, pdfWent));
      const stages = summariseStages(ran, 0);
      return { ok: false, ...what, ran, stages, written: [], ms, timingsMs: {}, error };
    }
  }
}

/** What the session last wrote of each PDF, in the order of the session's files. */
function writtenPdfs(session: BuildSession): unknown[] {
  return [...session.written].filter(([file]) => file.endsWith(".pdf")).map(([, entry]) => entry);
}

/**
 * Runs `itip preview` until `signal` aborts: the first build, then a build per batch of changes.
 * The folders are watched from before the first build, so a file saved during it is not missed.
 * `onBuilt` sees each build (the tests wait on it).
 */
export async function runPreview(
  options: PreviewOptions & {
    signal: AbortSignal;
    debounceMs?: number;
    onBuilt?: (rebuild: Rebuild) => void;
  },
): Promise<void> {
  const { signal, debounceMs, onBuilt, ...previewOptions } = options;
  const preview = new PreviewSession(previewOptions);
  const { print } = previewOptions;
  const folders = [options.templatesDir, options.inputDir];
  let firstBuilt = () => {};
  const afterFirstBuild = new Promise<void>((resolve) => (firstBuilt = resolve));
  const watchOptions: WatchOptions = {
    ignoreUnder: options.outDir,
    onChanges: async (files, since) => {
      await afterFirstBuild;
      const rebuild = await preview.rebuild(files, since);
      onBuilt?.(rebuild);
    },
    onError: (error, folder) => print(previewText.watchError(folder, error.message)),
  };
  if (debounceMs !== undefined) watchOptions.debounceMs = debounceMs;
  const watcher = watchFolders(folders, watchOptions);
  await watcher.ready;
  // Not `onBuilt?.(await …)`: without onBuilt that would skip the build too.
  const first = await preview.rebuild();
  firstBuilt();
  onBuilt?.(first);
  print(previewText.watching(folders.map((f) => path.relative(process.cwd(), f) || ".")));
  if (!signal.aborted)
    await new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve()));
  await watcher.close();
}

/**
 * The session's stage names by pipeline stage, in pipeline order: `templates`, `ingest (2 of 13
 * years)`, `survey (…)`, `indicators`, `findings`, `plan`, `charts (d of n drawn)`, `report`,
 * `web`.
 */
export function summariseStages(ran: readonly string[], chartCount: number): string[] {
  const byStage = new Map<string, string[]>();
  for (const name of ran) {
    const [stage = name, detail = ""] = name.split(":");
    byStage.set(stage, [...(byStage.get(stage) ?? []), detail]);
  }
  const order = ["templates", "ingest", "survey", "indicators", "findings", "plan", "charts"];
  const stages: string[] = [];
  for (const stage of [...order, "report", "web"]) {
    const details = byStage.get(stage);
    if (!details) continue;
    if (stage === "ingest" || stage === "survey")
      stages.push(previewText.years(stage, details.length));
    else if (stage === "charts")
      stages.push(
        previewText.charts(details.filter((d) => d.startsWith("draw ")).length, chartCount),
      );
    else stages.push(stage);
  }
  // Stages named otherwise (the CSV tables) belong to publish, which the caller adds.
  return stages;
}

function changedLabel(changed: readonly string[]): string {
  const names = changed.map((f) => path.relative(process.cwd(), f) || f);
  return previewText.changed(names);
}

/** An error as the CLI prints it: `file:line:column CODE: message`, or the bug report line. */
function errorText(error: unknown): string {
  if (error instanceof ItipError) return error.format();
  const message = error instanceof Error ? error.message : String(error);
  const stack = process.env.ITIP_DEBUG && error instanceof Error ? `\n${error.stack}` : "";
  return previewText.internal(message) + stack;
}
