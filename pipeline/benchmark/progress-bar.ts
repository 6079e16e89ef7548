// Progress of the benchmark batch on stderr: on a terminal a bar redrawn in place with the
// count, the rate and the time left; elsewhere (CI logs, pipes) one line every few seconds;
// nothing with --quiet.
import { formatNumber } from "../locale/nb.js";

export interface ProgressSink {
  /** One more report done (ok or failed). */
  tick(): void;
  /** The batch is over: the bar's last state, then a line break. */
  done(): void;
}

export interface ProgressOptions {
  total: number;
  write: (text: string) => void;
  isTTY: boolean;
  quiet: boolean;
  /** Milliseconds between lines when not a terminal. */
  lineEveryMs?: number;
  now?: () => number;
}

const BAR_WIDTH = 24;

export function progressBar(options: ProgressOptions): ProgressSink {
  const now = options.now ?? (() => performance.now());
  const start = now();
  let done = 0;
  let lastDrawn = -Infinity;
  let drawnCount = -1;
  if (options.quiet) return { tick: () => {}, done: () => {} };
  const every = options.isTTY ? 100 : (options.lineEveryMs ?? 3000);
  const draw = (final: boolean) => {
    const t = now();
    if (!final && t - lastDrawn < every) return;
    // Not a terminal: the last line is not written twice.
    if (final && !options.isTTY && drawnCount === done) return;
    lastDrawn = t;
    drawnCount = done;
    const line = progressLine(done, options.total, t - start);
    // On a terminal: back to the start of the line, the line, the rest of the old one erased.
    options.write(options.isTTY ? `\r${line}\x1b[K${final ? "\n" : ""}` : `${line}\n`);
  };
  if (options.isTTY) draw(false);
  return {
    tick() {
      done++;
      draw(false);
    },
    done: () => draw(true),
  };
}

/** "[#####·····] 120/266  21,4 rapporter/s  ca. 7 s igjen". */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  const bar = `${"#".repeat(filled)}${"·".repeat(BAR_WIDTH - filled)}`;
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const left = rate > 0 ? Math.ceil((total - done) / rate) : undefined;
  const eta =
    done >= total ? "ferdig" : left === undefined ? "" : `ca. ${formatNumber(left)} s igjen`;
  return `[${bar}] ${done}/${total}  ${formatNumber(rate, 1)} rapporter/s  ${eta}`.trimEnd();
}
