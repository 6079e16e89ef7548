// The table of benchSizes: one column per size, then the growth from each size to the next, so
// that "time grows linearly" can be read off (a growth near the respondents' growth is linear).
import { count, duration, megabytes, table } from "./format.js";
import type { SizeResult } from "./sizes.js";
import { median, spread } from "./stats.js";

interface Row {
  label: string;
  /** The value per size, or undefined when the row has no number (a range). */
  value: (size: SizeResult) => number | undefined;
  text: (size: SizeResult) => string;
  /** Print the growth from size to size. */
  growth: boolean;
}

function stagesOf(sizes: readonly SizeResult[]): string[] {
  const stages: string[] = [];
  for (const size of sizes)
    for (const run of size.runs)
      for (const stage of Object.keys(run.timingsMs))
        if (!stages.includes(stage)) stages.push(stage);
  return stages;
}

const wall = (size: SizeResult) => median(size.runs.map((r) => r.wallMs));

function rows(sizes: readonly SizeResult[]): Row[] {
  const stageRow = (stage: string): Row => {
    const value = (size: SizeResult) => median(size.runs.map((r) => r.timingsMs[stage] ?? 0));
    return { label: `  ${stage}`, value, text: (s) => duration(value(s)), growth: true };
  };
  const plain = (label: string, value: (s: SizeResult) => number, growth = true): Row => ({
    label,
    value,
    text: (s) => count(value(s)),
    growth,
  });
  return [
    plain("respondents (13 years)", (s) => s.input.respondents),
    plain("dataset rows", (s) => s.input.datasetRows),
    {
      label: "input files",
      value: (s) => s.input.bytes,
      text: (s) => `${(s.input.bytes / 1e6).toFixed(1)} MB`,
      growth: true,
    },
    {
      label: "runs counted (+ warm-up)",
      value: () => undefined,
      text: (s) => `${s.runs.length}${s.warmups ? ` (+${s.warmups})` : ""}`,
      growth: false,
    },
    { label: "wall, median", value: wall, text: (s) => duration(wall(s)), growth: true },
    {
      label: "wall, range",
      value: () => undefined,
      text: (s) => {
        const w = spread(s.runs.map((r) => r.wallMs));
        if (w.n === 0) return "(failed)";
        return w.n > 1 ? `${duration(w.min)}–${duration(w.max)}` : "(one run)";
      },
      growth: false,
    },
    ...stagesOf(sizes).map(stageRow),
    {
      label: "peak RSS, median",
      value: (s) => median(s.runs.map((r) => r.maxRssMb)),
      text: (s) => megabytes(median(s.runs.map((r) => r.maxRssMb))),
      growth: true,
    },
    {
      label: "ms per 1,000 respondents",
      value: (s) => (wall(s) / s.input.respondents) * 1000,
      text: (s) => (s.runs.length ? ((wall(s) / s.input.respondents) * 1000).toFixed(0) : "–"),
      growth: false,
    },
  ];
}

export function sizesTable(sizes: readonly SizeResult[]): string {
  const steps = sizes.slice(1).map((size, i) => [sizes[i]!, size] as const);
  const header = [
    "",
    ...sizes.map((s) => `${s.input.scale}×`),
    ...steps.map(([from, to]) => `${to.input.scale}× ÷ ${from.input.scale}×`),
  ];
  const body = rows(sizes).map((row) => [
    row.label,
    ...sizes.map(row.text),
    ...steps.map(([from, to]) => {
      const [a, b] = [row.value(from), row.value(to)];
      const known = a !== undefined && b !== undefined && a > 0 && Number.isFinite(b);
      return row.growth && known ? `${(b / a).toFixed(1)}×` : "";
    }),
  ]);
  const failures = sizes.flatMap((s) =>
    s.failure ? [`${s.input.scale}×: a build failed (${s.failure})`] : [],
  );
  return [table([header, ...body]), ...failures].join("\n");
}
