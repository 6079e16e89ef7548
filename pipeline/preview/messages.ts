// Every line `itip preview` prints besides the build's own errors, in one place. Tests compare
// these exactly.

export const previewText = {
  /** What started a build: the first build, or the files that changed. */
  changed: (files: readonly string[]): string => {
    if (files.length === 0) return "first build";
    const shown = files.slice(0, 3).join(", ");
    return files.length > 3 ? `${shown} and ${files.length - 3} more changed` : `${shown} changed`;
  },
  /** One line per build that wrote the report (or found it unchanged). */
  built: (changed: string, stages: readonly string[], ms: number, pdf: string | undefined) =>
    `${changed}: ${stages.join(", ")}; ${pdf === undefined ? "the PDF is unchanged" : `wrote ${pdf}`} in ${ms} ms`,
  /** One line per build that stopped on an error (printed above it). */
  failed: (changed: string, ms: number, pdfWent = false) =>
    pdfWent
      ? `${changed}: the PDF is new, but the web edition and data files are not (${ms} ms). Fix the error above and save again.`
      : `${changed}: not built (${ms} ms); the last good PDF stays. Fix the error above and save again.`,
  years: (stage: string, count: number) => `${stage} (${count} ${count === 1 ? "year" : "years"})`,
  charts: (drawn: number, total: number) =>
    total > 0 ? `charts (${drawn} of ${total} drawn)` : `charts (${drawn} drawn)`,
  watching: (folders: readonly string[]) =>
    `watching ${folders.join(" and ")} for changes; Ctrl+C stops.`,
  watchError: (folder: string, message: string) =>
    `${folder} PREVIEW_WATCH_FAILED: cannot watch the folder (${message}); changes in it do not rebuild the report until preview is started again.`,
  internal: (message: string) =>
    `INTERNAL: ${message}\nThis is a bug in itip, not in your input. Please report it with the output of ITIP_DEBUG=1.`,
};
