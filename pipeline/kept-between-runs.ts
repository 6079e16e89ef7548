// What the command line keeps between runs beside its code cache (launch/launcher.ts): values
// that depend only on their key (the content they were made from) and on the bundle's code,
// such as the fonts' shaping plans and the charts' compiled Vega. A file that is missing or
// cannot be read is an empty store; one that cannot be written is no error either (the next run
// makes the values again). A store keeps only what its last run used, so it does not grow as
// templates and fonts change.
import { readFileSync } from "node:fs";
import { writeFileAtomically } from "./write-file-atomically.js";

export class KeptBetweenRuns<T> {
  private readonly used = new Map<string, T>();
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly stored: Map<string, T>,
  ) {}

  /** The store in `file`; empty if there is none yet or it cannot be read. */
  static open<T>(file: string): KeptBetweenRuns<T> {
    try {
      const { entries } = JSON.parse(readFileSync(file, "utf8")) as { entries: Record<string, T> };
      return new KeptBetweenRuns(file, new Map(Object.entries(entries)));
    } catch {
      return new KeptBetweenRuns(file, new Map());
    }
  }

  get(key: string): T | undefined {
    const value = this.used.get(key) ?? this.stored.get(key);
    if (value !== undefined) this.used.set(key, value);
    return value;
  }

  set(key: string, value: T): void {
    this.used.set(key, value);
    this.changed = true;
  }

  /** Forgets a value that turned out unusable. */
  delete(key: string): void {
    this.stored.delete(key);
    this.changed ||= this.used.delete(key);
  }

  /** Writes what this run used, if that differs from the file; false if it could not. */
  save(): boolean {
    if (!this.changed && this.used.size === this.stored.size) return true;
    const written = writeFileAtomically(
      this.file,
      JSON.stringify({ entries: Object.fromEntries(this.used) }),
    );
    if (written) this.changed = false;
    return written;
  }
}
