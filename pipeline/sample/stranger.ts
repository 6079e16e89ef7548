// The respondent planted as "id not in the frame": after a merger or renumbering, an
// organisation of last year's respondent list (the realistic mistake: an old list was used);
// otherwise an organisation of the reference data that is never invited (KS, Den norske kirke…).
import type { FrameOrganisation } from "../ingest/types.js";
import type { Random } from "../seeded-random.js";
import type { ReferenceTables } from "./reference.js";

export function strangerOf(
  reference: ReferenceTables,
  frame: readonly FrameOrganisation[],
  previousFrame: readonly FrameOrganisation[] | undefined,
  random: Random,
): readonly [string, string] {
  const invited = new Set(frame.map((o) => o.id));
  const vanished = (previousFrame ?? []).filter((o) => !invited.has(o.id));
  const gone = vanished[random.int(vanished.length)];
  if (gone) return [gone.id, gone.orgnr ?? ""];
  const others = reference.organisations.filter((o) => o.type === "annet");
  const other = others[random.int(others.length)];
  if (!other) throw new Error("the reference data has no organisation outside the frame");
  return [`S${other.orgnr}`, other.orgnr];
}
