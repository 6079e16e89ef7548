// A build session: what the pure stages computed, remembered by their inputs, so that a second
// build in the same process (`itip preview`) runs only the stages downstream of what changed.
// `itip build` uses a new, empty session: the same code path, every stage computed once.
//
//   memo(stage, inputs, compute)        a stage's last output, kept while each input is the same
//                                       value (Object.is; an array element by element)
//   keyed(stage, key, label, compute)   outputs by a content key (a chart's SVG by the hash of its
//                                       final Vega-Lite spec and theme); the most recent are kept
//
// Stage outputs are never changed after they are made, so the same object means the same value:
// a stage whose inputs all come back from memory is not run again. A stage that throws is not
// remembered; the next build runs it again.
import { createHash } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { WrittenFiles } from "./publish/publish.js";

/** The session's `memo`: `compute()` unless the stage's inputs are those of its last run. */
export type Memo = <T>(stage: string, inputs: readonly unknown[], compute: () => T) => T;

/** How many outputs per stage `keyed` keeps (enough for every chart of a report, several times). */
const KEYED_LIMIT = 256;

export class BuildSession {
  private readonly last = new Map<string, { inputs: readonly unknown[]; output: unknown }>();
  private readonly byKey = new Map<string, Map<string, unknown>>();
  private ran: string[] = [];
  /** What publish wrote in this session, so that an unchanged file is not written again. */
  readonly written: WrittenFiles = new Map();

  readonly memo: Memo = (stage, inputs, compute) => {
    const entry = this.last.get(stage);
    if (entry && sameInputs(entry.inputs, inputs))
      return entry.output as ReturnType<typeof compute>;
    this.ran.push(stage);
    const output = compute();
    this.last.set(stage, { inputs, output });
    if (output instanceof Promise)
      output.catch(() => {
        if (this.last.get(stage)?.output === output) this.last.delete(stage);
      });
    return output;
  };

  /** The output remembered under `key` for the stage, else `compute()`'s (logged as `stage label`). */
  async keyed<T>(stage: string, key: string, label: string, compute: () => Promise<T>): Promise<T> {
    let outputs = this.byKey.get(stage);
    if (!outputs) this.byKey.set(stage, (outputs = new Map()));
    if (outputs.has(key)) {
      const output = outputs.get(key) as T;
      // Most recently used last: the first entry is the one to forget.
      outputs.delete(key);
      outputs.set(key, output);
      return output;
    }
    this.ran.push(`${stage} ${label}`);
    const output = await compute();
    outputs.set(key, output);
    if (outputs.size > KEYED_LIMIT) outputs.delete(outputs.keys().next().value!);
    return output;
  }

  /** The stages computed since the last call (or since the session began), in order. */
  takeRan(): string[] {
    const ran = this.ran;
    this.ran = [];
    return ran;
  }
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => sameInput(x, b[i]));
}

function sameInput(x: unknown, y: unknown): boolean {
  if (Object.is(x, y)) return true;
  return (
    Array.isArray(x) &&
    Array.isArray(y) &&
    x.length === y.length &&
    x.every((v, i) => Object.is(v, y[i]))
  );
}

/**
 * A fingerprint of the files directly in a folder (name, size, inode, modification and change
 * times): different whenever a file was written, replaced, added or removed, without reading
 * any. File times advance in clock ticks of a few milliseconds, so a second write within the tick
 * of a stamp could go unseen; the preview stamps ≥ 50 ms after the last change it saw. A folder
 * that cannot be read gives "missing".
 */
export async function folderStamp(folder: string): Promise<string> {
  let names: string[];
  try {
    names = (await readdir(folder)).sort();
  } catch {
    return "missing";
  }
  const stamps = await Promise.all(
    names.map(async (name) => {
      try {
        const s = await stat(path.join(folder, name), { bigint: true });
        return `${name}\t${s.size}\t${s.ino}\t${s.mtimeNs}\t${s.ctimeNs}`;
      } catch {
        return `${name}\tmissing`;
      }
    }),
  );
  return stamps.join("\n");
}

/** A short content key: the sha256 of a JSON value. */
export function contentKey(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}
