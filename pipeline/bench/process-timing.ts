// One command in a fresh process, timed from outside: from the spawn to the exit, Node's or R's
// start-up included, as a user waits for it.
import { spawnSync } from "node:child_process";

/** A command that exited with an error: its exit code (or signal) and what it wrote to stderr. */
export class ProcessFailed extends Error {
  constructor(
    readonly exit: string,
    readonly stderr: string,
    command: string,
  ) {
    super(`${command} failed (exit ${exit}):\n${stderr}`);
  }

  /** The first line the command wrote to stderr, for a one-line account. */
  get firstLine(): string {
    return this.stderr.trim().split("\n")[0] ?? "";
  }
}

export interface TimedProcess {
  wallMs: number;
  stdout: string;
}

export function timeProcess(argv: readonly string[], cwd: string): TimedProcess {
  const [command, ...args] = argv;
  if (command === undefined) throw new Error("no command to time");
  const start = performance.now();
  const child = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  if (child.error) throw child.error;
  if (child.status !== 0)
    throw new ProcessFailed(String(child.status ?? child.signal), child.stderr, argv.join(" "));
  return { wallMs, stdout: child.stdout };
}
