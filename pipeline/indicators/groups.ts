// The groups every indicator is estimated for (SPEC §4): everyone, each sector, and the four
// municipality size classes. Groups are domains of the sector-stratified design.
import type { Sector, SizeClass } from "../ingest/types.js";
import type { Group } from "./types.js";

export function groupsOf(org: { sektor: Sector; sizeClass: SizeClass | null }): Group[] {
  const groups: Group[] = ["alle", org.sektor];
  if (org.sektor === "kommune" && org.sizeClass) groups.push(org.sizeClass);
  return groups;
}

export function isInGroup(
  org: { sektor: Sector; sizeClass: SizeClass | null },
  group: Group,
): boolean {
  return group === "alle" || group === org.sektor || group === org.sizeClass;
}
