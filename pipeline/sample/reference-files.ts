// Reading input/reference/ (the edge where files are read).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseReference, REFERENCE_FILES, type ReferenceTables } from "./reference.js";

export async function readReference(referenceDir: string): Promise<ReferenceTables> {
  const read = (name: string) => readFile(path.join(referenceDir, name), "utf8");
  const [kommuner, fylker, befolkning, virksomheter] = await Promise.all([
    read(REFERENCE_FILES.kommuner),
    read(REFERENCE_FILES.fylker),
    read(REFERENCE_FILES.befolkning),
    read(REFERENCE_FILES.virksomheter),
  ]);
  return parseReference({ kommuner, fylker, befolkning, virksomheter });
}
