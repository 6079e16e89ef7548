// input/<year>/frame.csv → the organisations invited that year. Pure: rows in, frame and rejects
// out. A frame row that fails validation is rejected like any other row, so that the frame's
// own count (rows read = accepted + rejected) stays honest.
import { ItipError } from "../errors.js";
import {
  SECTORS,
  SIZE_CLASSES,
  type Delimiter,
  type FrameOrganisation,
  type Reject,
  type Sector,
  type SizeClass,
} from "./types.js";
import { FileCode, RowCode, fileMessage, rowMessage } from "./messages.js";
import { isOrgnrFormat, isValidOrgnr } from "./orgnr.js";
import { joinRaw, type RawRow, type Table } from "./read-table.js";

export const FRAME_COLUMNS = [
  "id",
  "orgnr",
  "navn",
  "sektor",
  "fylke",
  "kommunenummer",
  "befolkning",
  "size_class",
  "panel_id",
] as const;
type FrameColumn = (typeof FRAME_COLUMNS)[number];

export interface FrameRead {
  frame: FrameOrganisation[];
  rejects: Reject[];
}

const isSector = (value: string): value is Sector => (SECTORS as readonly string[]).includes(value);
const isSizeClass = (value: string): value is SizeClass =>
  (SIZE_CLASSES as readonly string[]).includes(value);

interface RowProblem {
  column: FrameColumn;
  code: string;
  message: string;
}

function columnIndices(table: Table): Record<FrameColumn, number> {
  const indices = {} as Record<FrameColumn, number>;
  for (const name of FRAME_COLUMNS) {
    const index = table.header.indexOf(name);
    if (index === -1)
      throw new ItipError(FileCode.columnMissing, fileMessage.columnMissing(name, "frame.csv"), {
        location: { file: table.file, line: table.headerLine },
      });
    indices[name] = index;
  }
  return indices;
}

/** The first problem of a frame row, or the organisation it describes. */
function parseFrameRow(get: (column: FrameColumn) => string): RowProblem | FrameOrganisation {
  const id = get("id");
  const orgnr = get("orgnr");
  const sektor = get("sektor");
  const sizeClass = get("size_class");
  const kommunenummer = get("kommunenummer");
  const befolkning = get("befolkning");
  if (id === "")
    return { column: "id", code: RowCode.idMissing, message: rowMessage.idMissing("id") };
  if (orgnr !== "" && !isOrgnrFormat(orgnr))
    return {
      column: "orgnr",
      code: RowCode.orgnrMalformed,
      message: rowMessage.orgnrMalformed(orgnr),
    };
  if (orgnr !== "" && !isValidOrgnr(orgnr))
    return {
      column: "orgnr",
      code: RowCode.orgnrChecksum,
      message: rowMessage.orgnrChecksum(orgnr),
    };
  if (!isSector(sektor))
    return {
      column: "sektor",
      code: RowCode.sectorInvalid,
      message: rowMessage.sectorInvalid(sektor),
    };
  if (sizeClass !== "" && !isSizeClass(sizeClass))
    return {
      column: "size_class",
      code: RowCode.sizeClassInvalid,
      message: rowMessage.sizeClassInvalid(sizeClass),
    };
  if (kommunenummer !== "" && !/^\d{4}$/.test(kommunenummer))
    return {
      column: "kommunenummer",
      code: RowCode.frameFieldInvalid,
      message: rowMessage.frameFieldInvalid("kommunenummer", kommunenummer, "four digits"),
    };
  if (befolkning !== "" && !/^\d+$/.test(befolkning))
    return {
      column: "befolkning",
      code: RowCode.frameFieldInvalid,
      message: rowMessage.frameFieldInvalid(
        "befolkning",
        befolkning,
        "a whole number without separators",
      ),
    };
  return {
    id,
    orgnr: orgnr === "" ? null : orgnr,
    navn: get("navn"),
    sektor,
    fylke: get("fylke"),
    kommunenummer: kommunenummer === "" ? null : kommunenummer,
    befolkning: befolkning === "" ? null : Number(befolkning),
    sizeClass: sizeClass === "" ? null : sizeClass,
    // An organisation without a panel link is followed under its own id.
    panelId: get("panel_id") || id,
  };
}

export function parseFrame(table: Table, delimiter: Delimiter): FrameRead {
  const indices = columnIndices(table);
  const frame: FrameOrganisation[] = [];
  const rejects: Reject[] = [...table.rejects];
  const firstLine = new Map<string, number>();
  const reject = (row: RawRow, column: FrameColumn | null, code: string, message: string) =>
    rejects.push({
      file: table.file,
      line: row.line,
      column: column === null ? null : indices[column] + 1,
      code,
      message,
      raw: joinRaw(row.cells, delimiter),
    });

  for (const row of table.rows) {
    const parsed = parseFrameRow((column) => (row.cells[indices[column]] ?? "").trim());
    if ("code" in parsed) {
      reject(row, parsed.column, parsed.code, parsed.message);
      continue;
    }
    const first = firstLine.get(parsed.id);
    if (first !== undefined) {
      reject(row, "id", RowCode.duplicateId, rowMessage.duplicateId(parsed.id, first));
      continue;
    }
    firstLine.set(parsed.id, row.line);
    frame.push(parsed);
  }
  return { frame, rejects };
}
