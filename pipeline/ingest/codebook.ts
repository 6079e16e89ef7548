// The codebook of an export: structure.csv (one row per dataset variable, with a header) and
// labels.csv (variable;value;label, no header row). Pure: takes records, returns the codebook and
// the rows it had to reject.
import { ItipError } from "../errors.js";
import type { Delimiter, Reject } from "./types.js";
import { FileCode, RowCode, fileMessage, rowMessage } from "./messages.js";
import { joinRaw, type RecordsRead, type Table } from "./read-table.js";

export interface CodebookVariable {
  variableName: string;
  /** The question the variable belongs to; several variables for multi-choice questions. */
  questionName: string;
  questionType: string;
  subType: string;
  questionText: string;
  /** Multi-choice option held by this 0/1 column; not the column's suffix. */
  choiceValue: number | null;
  choiceText: string | null;
  /** Line in structure.csv. */
  line: number;
}

export interface Codebook {
  /** By variable name, in the order of structure.csv. */
  variables: Map<string, CodebookVariable>;
  /** Question name → its variables, in the order of structure.csv. */
  questions: Map<string, CodebookVariable[]>;
  /** Variable → value → label (trimmed). Includes variables structure.csv does not describe. */
  labels: Map<string, Map<number, string>>;
}

export interface CodebookRead {
  codebook: Codebook;
  structureRejects: Reject[];
  labelsRejects: Reject[];
  /** Label rows read, not counting a header row if the file has one. */
  labelsRowsRead: number;
}

const STRUCTURE_COLUMNS = [
  "questionName",
  "variableName",
  "questionType",
  "subType",
  "questionText",
] as const;
const INTEGER = /^-?\d+$/;

function columnIndex(table: Table, name: string, required: boolean): number {
  const index = table.header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  if (index === -1 && required)
    throw new ItipError(FileCode.columnMissing, fileMessage.columnMissing(name, "structure.csv"), {
      location: { file: table.file, line: table.headerLine },
    });
  return index;
}

function parseStructure(table: Table, delimiter: Delimiter) {
  const [q, v, type, sub, text] = STRUCTURE_COLUMNS.map((name) => columnIndex(table, name, true));
  const choiceValue = columnIndex(table, "choiceValue", false);
  const choiceText = columnIndex(table, "choiceText", false);
  const variables = new Map<string, CodebookVariable>();
  const rejects: Reject[] = [...table.rejects];
  const reject = rejecterInto(rejects, table.file, delimiter);

  for (const { line, cells } of table.rows) {
    const cell = (i: number | undefined) => (i === undefined || i < 0 ? "" : (cells[i] ?? ""));
    const variableName = cell(v).trim();
    const rawChoice = cell(choiceValue).trim();
    const first = variables.get(variableName);
    if (variableName === "")
      reject(line, (v ?? 0) + 1, RowCode.variableMissing, rowMessage.variableMissing(), cells);
    else if (first)
      reject(
        line,
        (v ?? 0) + 1,
        RowCode.duplicateVariable,
        rowMessage.duplicateVariable(variableName, first.line),
        cells,
      );
    else if (rawChoice !== "" && !INTEGER.test(rawChoice))
      reject(
        line,
        choiceValue + 1,
        RowCode.choiceValueInvalid,
        rowMessage.choiceValueInvalid(rawChoice),
        cells,
      );
    else
      variables.set(variableName, {
        variableName,
        questionName: cell(q).trim() || variableName,
        questionType: cell(type).trim(),
        subType: cell(sub).trim(),
        questionText: cell(text).trim(),
        choiceValue: rawChoice === "" ? null : Number(rawChoice),
        choiceText: cell(choiceText).trim() || null,
        line,
      });
  }
  return { variables, rejects };
}

/** Records a rejected codebook row, with the raw row as it was read. */
function rejecterInto(rejects: Reject[], file: string, delimiter: Delimiter) {
  return (line: number, column: number | null, code: string, message: string, cells: string[]) =>
    rejects.push({ file, line, column, code, message, raw: joinRaw(cells, delimiter) });
}

/** labels.csv has no header row, but a file that has one is read too. */
function isLabelsHeader(cells: string[]): boolean {
  const [variable, value] = cells.map((c) => c.trim().toLowerCase());
  return (variable === "variable" || variable === "variablename") && value === "value";
}

function parseLabels(read: RecordsRead, file: string, delimiter: Delimiter) {
  const records =
    read.records[0] && isLabelsHeader(read.records[0].cells) ? read.records.slice(1) : read.records;
  const labels = new Map<string, Map<number, string>>();
  const rejects: Reject[] = [...read.rejects];
  const reject = rejecterInto(rejects, file, delimiter);

  for (const { line, cells: record } of records) {
    const cells = record.length === 4 && record[3] === "" ? record.slice(0, 3) : record;
    const [variable = "", value = "", label = ""] = cells.map((c) => c.trim());
    if (cells.length !== 3)
      reject(line, null, RowCode.ragged, rowMessage.ragged(cells.length, 3), cells);
    else if (variable === "")
      reject(line, 1, RowCode.variableMissing, rowMessage.variableMissing(), cells);
    else if (!INTEGER.test(value))
      reject(line, 2, RowCode.labelValueInvalid, rowMessage.labelValueInvalid(value), cells);
    else {
      let byValue = labels.get(variable);
      if (!byValue) labels.set(variable, (byValue = new Map()));
      byValue.set(Number(value), label);
    }
  }
  return { labels, rejects, rowsRead: records.length + read.rejects.length };
}

function groupByQuestion(
  variables: Map<string, CodebookVariable>,
): Map<string, CodebookVariable[]> {
  const questions = new Map<string, CodebookVariable[]>();
  for (const variable of variables.values()) {
    const group = questions.get(variable.questionName);
    if (group) group.push(variable);
    else questions.set(variable.questionName, [variable]);
  }
  return questions;
}

/** A codebook file with rows of which not one could be read is the wrong file, not dirty rows. */
function refuseUnreadable(rejects: Reject[], accepted: number, file: string): void {
  const [first] = rejects;
  if (accepted > 0 || first === undefined) return;
  throw new ItipError(
    FileCode.codebookUnreadable,
    fileMessage.codebookUnreadable(rejects.length, first.code),
    { location: { file, line: first.line, ...(first.column ? { column: first.column } : {}) } },
  );
}

export function buildCodebook(
  structure: Table,
  labels: { read: RecordsRead; file: string },
  delimiters: { structure: Delimiter; labels: Delimiter },
): CodebookRead {
  const parsedStructure = parseStructure(structure, delimiters.structure);
  const parsedLabels = parseLabels(labels.read, labels.file, delimiters.labels);
  if (parsedLabels.rowsRead === 0)
    throw new ItipError(FileCode.empty, fileMessage.empty(), { location: { file: labels.file } });
  refuseUnreadable(parsedStructure.rejects, parsedStructure.variables.size, structure.file);
  refuseUnreadable(
    parsedLabels.rejects,
    parsedLabels.rowsRead - parsedLabels.rejects.length,
    labels.file,
  );
  return {
    codebook: {
      variables: parsedStructure.variables,
      questions: groupByQuestion(parsedStructure.variables),
      labels: parsedLabels.labels,
    },
    structureRejects: parsedStructure.rejects,
    labelsRejects: parsedLabels.rejects,
    labelsRowsRead: parsedLabels.rowsRead,
  };
}
