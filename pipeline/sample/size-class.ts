// Municipal size classes by population (SPEC §4 groups).
import type { SizeClass } from "../ingest/types.js";

export function sizeClassOf(befolkning: number): SizeClass {
  if (befolkning < 5000) return "kommune-<5k";
  if (befolkning < 20000) return "kommune-5-20k";
  if (befolkning < 50000) return "kommune-20-50k";
  return "kommune->50k";
}
