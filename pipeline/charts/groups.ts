// How groups are named and ordered in charts. The order is also the order of the "sector"
// colour range in the theme, which is what keeps each sector's colour fixed across charts.
import type { Group } from "../indicators/types.js";

export const SECTOR_GROUPS = ["stat", "kommune", "fylkeskommune", "alle"] as const;
export type SectorGroup = (typeof SECTOR_GROUPS)[number];

export const SIZE_CLASS_GROUPS = [
  "kommune-<5k",
  "kommune-5-20k",
  "kommune-20-50k",
  "kommune->50k",
] as const;

const GROUP_LABELS: Record<Group, string> = {
  alle: "Alle",
  stat: "Stat",
  kommune: "Kommuner",
  fylkeskommune: "Fylkeskommuner",
  "kommune-<5k": "Under 5\u00a0000 innb.",
  "kommune-5-20k": "5\u00a0000–20\u00a0000 innb.",
  "kommune-20-50k": "20\u00a0000–50\u00a0000 innb.",
  "kommune->50k": "Over 50\u00a0000 innb.",
};

export function groupLabel(group: Group): string {
  return GROUP_LABELS[group];
}

/** The sector labels in colour order: the domain of every sector colour scale. */
export const SECTOR_LABELS: string[] = SECTOR_GROUPS.map(groupLabel);
