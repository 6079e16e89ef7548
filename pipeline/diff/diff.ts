// `itip diff <old> <new>`: what changed between two publications, year by year (SPEC §8). Reads
// the two folders and the templates (for how the report shows each indicator), compares, and
// says what it found; whether anything changed or not, it only reports.
import { loadTemplates } from "../templates/load-templates.js";
import { comparePublications, type PublicationDiff } from "./compare-publications.js";
import { formatDiffMarkdown, formatDiffText } from "./format-diff.js";
import { readPublications } from "./read-publication.js";

export interface PublicationsDiff {
  years: PublicationDiff[];
  /** Years only the new folder publishes, and only the old one. */
  yearsAdded: number[];
  yearsRemoved: number[];
}

export async function diffPublications(
  oldFolder: string,
  newFolder: string,
  templatesDir: string,
): Promise<PublicationsDiff> {
  const [old, current, { definitions }] = await Promise.all([
    readPublications(oldFolder),
    readPublications(newFolder),
    loadTemplates(templatesDir),
  ]);
  const measures = new Map(definitions.map((d) => [d.id, d.measure]));
  // Two single years are compared whatever their years (last year's report against this one's).
  if (old.size === 1 && current.size === 1)
    return {
      years: [comparePublications([...old.values()][0]!, [...current.values()][0]!, measures)],
      yearsAdded: [],
      yearsRemoved: [],
    };
  return {
    years: [...current.values()]
      .filter((c) => old.has(c.year))
      .map((c) => comparePublications(old.get(c.year)!, c, measures)),
    yearsAdded: [...current.keys()].filter((y) => !old.has(y)),
    yearsRemoved: [...old.keys()].filter((y) => !current.has(y)),
  };
}

export function formatPublicationsDiff(diff: PublicationsDiff, markdown: boolean): string {
  const format = markdown ? formatDiffMarkdown : formatDiffText;
  const notes = [
    ...diff.yearsAdded.map((y) => `year added: ${y}`),
    ...diff.yearsRemoved.map((y) => `year removed: ${y}`),
  ];
  return [...diff.years.map(format), ...notes.map((n) => (markdown ? `- ${n}` : n))].join("\n");
}
