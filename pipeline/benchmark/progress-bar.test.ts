import { describe, expect, it } from "vitest";
import { progressBar, progressLine } from "./progress-bar.js";

describe("progressLine", () => {
  it("shows the count, the rate and the time left", () => {
    expect(progressLine(60, 240, 6000)).toBe(
      "[######··················] 60/240  10,0 rapporter/s  ca. 18 s igjen",
    );
  });

  it("says ferdig when every report is done", () => {
    expect(progressLine(3, 3, 1500)).toBe(
      "[########################] 3/3  2,0 rapporter/s  ferdig",
    );
  });
});

describe("progressBar", () => {
  const run = (options: { isTTY: boolean; quiet: boolean }) => {
    const written: string[] = [];
    let clock = 0;
    const bar = progressBar({
      total: 10,
      write: (t) => written.push(t),
      now: () => clock,
      lineEveryMs: 3000,
      ...options,
    });
    for (let i = 0; i < 10; i++) {
      clock += 1000;
      bar.tick();
    }
    bar.done();
    return written;
  };

  it("redraws one line in place on a terminal", () => {
    const written = run({ isTTY: true, quiet: false });
    expect(written.every((t) => t.startsWith("\r") && t.includes("\x1b[K"))).toBe(true);
    expect(written[0]).toMatch(/ 0\/10 /);
    expect(written.at(-1)).toMatch(/10\/10 .* ferdig/);
    expect(written.at(-1)?.endsWith("\x1b[K\n")).toBe(true);
  });

  it("writes a line every few seconds when stderr is not a terminal", () => {
    const written = run({ isTTY: false, quiet: false });
    expect(written.map((t) => t.match(/ (\d+)\/10 /)?.[1])).toEqual(["1", "4", "7", "10"]);
  });

  it("writes nothing with --quiet", () => {
    expect(run({ isTTY: true, quiet: true })).toEqual([]);
  });
});
