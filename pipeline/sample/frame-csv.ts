// input/<year>/frame.csv: UTF-8, comma, header row, LF.
import { FRAME_COLUMNS } from "../ingest/frame.js";
import type { FrameOrganisation } from "../ingest/types.js";
import { csvLine } from "./csv-field.js";

function frameFields(o: FrameOrganisation): string[] {
  return [
    o.id,
    o.orgnr ?? "",
    o.navn,
    o.sektor,
    o.fylke,
    o.kommunenummer ?? "",
    o.befolkning === null ? "" : String(o.befolkning),
    o.sizeClass ?? "",
    o.panelId,
  ];
}

export function frameCsv(frame: readonly FrameOrganisation[]): string {
  const lines = [csvLine(FRAME_COLUMNS, ","), ...frame.map((o) => csvLine(frameFields(o), ","))];
  return lines.map((line) => `${line}\n`).join("");
}
