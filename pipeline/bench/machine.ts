// What the machine was doing: the bench runs on shared machines, and a load average above the
// number of cores says other work competed for them (read the ranges, not only the medians).
import { availableParallelism, loadavg } from "node:os";

export function loadLine(): string {
  const [one, five, fifteen] = loadavg().map((l) => l.toFixed(2));
  return `load average ${one} ${five} ${fifteen} (1, 5, 15 min) on ${availableParallelism()} cores`;
}
