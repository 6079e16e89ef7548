// Who draws the charts (spec → SVG): a worker thread when the build runs from the bundle, else
// this thread. Vega, Vega-Lite and the fonts for measuring labels take a good part of a second to
// load; in the worker they load while this thread reads the exports and computes the statistics,
// and the chart drawing runs beside the report's own font loading. From source (the tests) the
// charts are drawn here, with the same code.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { ItipError, type ExitCode, type SourceLocation } from "../errors.js";
import type { Theme } from "./theme.js";
import type { ChartDefinition, RenderedChart } from "./types.js";

export interface ChartDrawer {
  draw(definition: ChartDefinition, theme: Theme): Promise<RenderedChart>;
  /** Frees the drawer (a worker's memory); a closed drawer does not draw. */
  close(): Promise<void>;
}

/** The worker's file beside this module once bundled (dist/chart-worker.mjs). */
const WORKER_FILE = new URL("./chart-worker.mjs", import.meta.url);

export function startChartDrawer(): ChartDrawer {
  return existsSync(fileURLToPath(WORKER_FILE)) ? new WorkerDrawer(WORKER_FILE) : new LocalDrawer();
}

/** Draws in this thread, one chart after another (vega's text metrics and SVG ids are global). */
export class LocalDrawer implements ChartDrawer {
  private queue: Promise<unknown> = Promise.resolve();

  draw(definition: ChartDefinition, theme: Theme): Promise<RenderedChart> {
    const drawn = this.queue.then(async () => {
      const { renderChart } = await import("./render.js");
      return renderChart(definition, theme);
    });
    this.queue = drawn.catch(() => {});
    return drawn;
  }

  async close(): Promise<void> {}
}

/** A message to the worker, and its answer. */
export interface DrawRequest {
  id: number;
  definition: ChartDefinition;
  theme: Theme;
}

export type DrawAnswer =
  { id: number; chart: RenderedChart } | { id: number; error: SerialisedError };

/** An error as it crosses threads (a structured clone keeps no class). */
export interface SerialisedError {
  message: string;
  stack?: string | undefined;
  itip?: { code: string; exitCode: ExitCode; location: SourceLocation | undefined };
}

export function serialiseError(error: unknown): SerialisedError {
  if (!(error instanceof Error)) return { message: String(error) };
  const serialised: SerialisedError = { message: error.message, stack: error.stack };
  if (error instanceof ItipError)
    serialised.itip = { code: error.code, exitCode: error.exitCode, location: error.location };
  return serialised;
}

function revivedError(error: SerialisedError): Error {
  const revived = error.itip
    ? new ItipError(error.itip.code, error.message, {
        exitCode: error.itip.exitCode,
        ...(error.itip.location ? { location: error.itip.location } : {}),
      })
    : new Error(error.message);
  if (error.stack) revived.stack = error.stack;
  return revived;
}

/** Draws in a worker thread running `file` (chart-worker.ts, bundled). */
export class WorkerDrawer implements ChartDrawer {
  private readonly worker: Worker;
  private readonly waiting = new Map<
    number,
    { resolve: (c: RenderedChart) => void; reject: (e: Error) => void }
  >();
  private next = 0;
  private failure: Error | undefined;

  constructor(file: URL) {
    this.worker = new Worker(file);
    // An idle worker must not keep the process alive.
    this.worker.unref();
    this.worker.on("message", (answer: DrawAnswer) => this.answered(answer));
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) =>
      this.fail(new Error(`the chart worker stopped (exit ${code})`)),
    );
  }

  draw(definition: ChartDefinition, theme: Theme): Promise<RenderedChart> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next++;
    const answer = new Promise<RenderedChart>((resolve, reject) =>
      this.waiting.set(id, { resolve, reject }),
    );
    this.worker.ref();
    this.worker.postMessage({ id, definition, theme } satisfies DrawRequest);
    return answer;
  }

  async close(): Promise<void> {
    this.failure ??= new Error("the chart drawer is closed");
    await this.worker.terminate();
  }

  private answered(answer: DrawAnswer): void {
    const waiting = this.waiting.get(answer.id);
    if (!waiting) return;
    this.waiting.delete(answer.id);
    if (this.waiting.size === 0) this.worker.unref();
    if ("chart" in answer) waiting.resolve(answer.chart);
    else waiting.reject(revivedError(answer.error));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
