// Dataset rows → harmonised respondents. Pure. A row is either accepted (every non-respondent
// too: they count in the response rate) or rejected as a whole; a bad cell of an accepted row is
// blanked and recorded. Rows read = accepted + rejected.
import type { Questionnaire, ResponseStatus } from "../templates/questions.js";
import type { Codebook } from "./codebook.js";
import { parseBinary, parseCode, parseDate, parseDecimal, type CellResult } from "./cells.js";
import { planColumns, type AnswerColumn, type ColumnPlan } from "./columns.js";
import { RowCode, rowMessage } from "./messages.js";
import { isOrgnrFormat, isValidOrgnr } from "./orgnr.js";
import { joinRaw, type RawRow, type Table } from "./read-table.js";
import type { Dialect, Disposition, FrameOrganisation, Reject, Respondent } from "./types.js";

export interface HarmoniseInput {
  year: number;
  questionnaire: Questionnaire;
  codebook: Codebook;
  dataset: Table;
  dialect: Dialect;
  frame: readonly FrameOrganisation[];
}

export interface Harmonised {
  respondents: Respondent[];
  dispositions: Disposition[];
  statusCounts: Record<ResponseStatus, number>;
  /** Row rejects (including the table's ragged rows) and cell rejects, in file order. */
  rejects: Reject[];
  rowsAccepted: number;
  rowsRejected: number;
  unmapped: string[];
}

/** Statuses whose answers are kept: partial and complete responses. */
const ANSWERING: ReadonlySet<ResponseStatus> = new Set(["delvis", "fullfort"]);

interface RowProblem {
  column: number | null;
  code: string;
  message: string;
}

export function emptyStatusCounts(): Record<ResponseStatus, number> {
  return { ny: 0, distribuert: 0, delvis: 0, fullfort: 0, frafalt: 0 };
}

function readStatus(cells: string[], plan: ColumnPlan): RowProblem | ResponseStatus {
  const flagged: ResponseStatus[] = [];
  for (const { index, name, status } of plan.status) {
    const value = (cells[index] ?? "").trim();
    if (value === "1") flagged.push(status);
    else if (value !== "0" && value !== "")
      return {
        column: index + 1,
        code: RowCode.statusFlagInvalid,
        message: rowMessage.statusFlagInvalid(name, value),
      };
  }
  const [status, second] = flagged;
  const column = plan.status[0] ? plan.status[0].index + 1 : null;
  if (status === undefined)
    return { column, code: RowCode.statusNone, message: rowMessage.statusNone() };
  if (second !== undefined)
    return { column, code: RowCode.statusSeveral, message: rowMessage.statusSeveral(flagged) };
  return status;
}

function checkOrgnr(
  orgnr: string,
  id: string,
  index: number,
  frameOrgnr: string | null,
): RowProblem | undefined {
  const column = index + 1;
  if (!isOrgnrFormat(orgnr))
    return { column, code: RowCode.orgnrMalformed, message: rowMessage.orgnrMalformed(orgnr) };
  if (!isValidOrgnr(orgnr))
    return { column, code: RowCode.orgnrChecksum, message: rowMessage.orgnrChecksum(orgnr) };
  if (frameOrgnr !== null && frameOrgnr !== orgnr)
    return {
      column,
      code: RowCode.orgnrMismatch,
      message: rowMessage.orgnrMismatch(orgnr, id, frameOrgnr),
    };
  return undefined;
}

function castAnswer(
  column: AnswerColumn,
  raw: string,
  decimal: "," | ".",
): CellResult<number | string> {
  switch (column.kind) {
    case "single":
      return parseCode(raw, column.scheme);
    case "number":
      return parseDecimal(raw, decimal, column.target);
    case "multi":
      return parseBinary(raw, column.name);
    case "text":
      return { ok: true, value: raw === "" ? null : raw };
  }
}

export function harmonise(input: HarmoniseInput): Harmonised {
  const { year, dataset, dialect } = input;
  const plan = planColumns(dataset, input.codebook, input.questionnaire, year);
  const frameById = new Map(input.frame.map((org) => [org.id, org]));
  const valueTemplate = Object.fromEntries(plan.valueColumns.map((key) => [key, null]));
  const textTemplate = Object.fromEntries(plan.textColumns.map((key) => [key, null]));
  const firstLine = new Map<string, number>();
  const result: Harmonised = {
    respondents: [],
    dispositions: [],
    statusCounts: emptyStatusCounts(),
    rejects: [...dataset.rejects],
    rowsAccepted: 0,
    rowsRejected: dataset.rejects.length,
    unmapped: plan.unmapped,
  };
  const raw = (row: RawRow) => joinRaw(row.cells, dialect.delimiter);

  const rowProblem = (row: RawRow, id: string, orgnr: string): RowProblem | ResponseStatus => {
    const idColumn = plan.id + 1;
    if (id === "")
      return {
        column: idColumn,
        code: RowCode.idMissing,
        message: rowMessage.idMissing(input.questionnaire.background.id),
      };
    const first = firstLine.get(id);
    if (first !== undefined)
      return {
        column: idColumn,
        code: RowCode.duplicateId,
        message: rowMessage.duplicateId(id, first),
      };
    firstLine.set(id, row.line);
    const org = frameById.get(id);
    if (!org)
      return { column: idColumn, code: RowCode.idNotInFrame, message: rowMessage.idNotInFrame(id) };
    if (orgnr !== "" && plan.orgnr !== undefined) {
      const problem = checkOrgnr(orgnr, id, plan.orgnr, org.orgnr);
      if (problem) return problem;
    }
    return readStatus(row.cells, plan);
  };

  for (const row of dataset.rows) {
    const id = (row.cells[plan.id] ?? "").trim();
    const orgnr = plan.orgnr === undefined ? "" : (row.cells[plan.orgnr] ?? "").trim();
    const outcome = rowProblem(row, id, orgnr);
    if (typeof outcome !== "string") {
      result.rejects.push({ file: dataset.file, line: row.line, ...outcome, raw: raw(row) });
      result.rowsRejected += 1;
      continue;
    }
    result.rowsAccepted += 1;
    result.statusCounts[outcome] += 1;
    result.dispositions.push({ id, line: row.line, status: outcome });
    if (!ANSWERING.has(outcome)) continue;

    // Copies of one template: every respondent's objects share a shape, which keeps V8 fast.
    const values: Record<string, number | null> = { ...valueTemplate };
    const texts: Record<string, string | null> = { ...textTemplate };
    for (const column of plan.answers) {
      const cell = row.cells[column.index] ?? "";
      const cast = castAnswer(column, cell, dialect.decimal);
      if (!cast.ok) {
        result.rejects.push({
          file: dataset.file,
          line: row.line,
          column: column.index + 1,
          code: cast.code,
          message: cast.message,
          raw: cell,
        });
      } else if (column.kind === "text")
        texts[column.target] = cast.value === null ? null : String(cast.value);
      else values[column.target] = typeof cast.value === "number" ? cast.value : null;
    }
    for (const date of plan.dates) {
      const cell = row.cells[date.index] ?? "";
      const cast = parseDate(cell, date.name);
      if (cast.ok) continue;
      result.rejects.push({
        file: dataset.file,
        line: row.line,
        column: date.index + 1,
        code: cast.code,
        message: cast.message,
        raw: cell,
      });
      if (date.target !== undefined) texts[date.target] = null;
    }
    const knownOrgnr = orgnr === "" ? (frameById.get(id)?.orgnr ?? null) : orgnr;
    result.respondents.push({
      year,
      line: row.line,
      id,
      orgnr: knownOrgnr,
      status: outcome,
      values,
      texts,
    });
  }
  // Ragged rows came first from the table; the report reads best in file order.
  result.rejects.sort((a, b) => a.line - b.line);
  return result;
}
