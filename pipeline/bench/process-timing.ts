// One command in a fresh process, timed from outside: from the spawn to the exit, Node's or R's
// start-up included, as a user waits for it.
import { spawnSync } from "node:child_process";

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
    throw new Error(
      `${argv.join(" ")} failed (exit ${child.status ?? child.signal}):\n${child.stderr}`,
    );
  return { wallMs, stdout: child.stdout };
}
