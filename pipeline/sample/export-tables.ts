// The three tables of a SurveyXact export as rows of text cells (before encoding):
// structure.csv (questions and choices), labels.csv (value labels, no header) and dataset.csv
// (one row per invited organisation, answer codes).
import type { FrameOrganisation } from "../ingest/types.js";
import type { Answer, Answers } from "./answers.js";
import type { ExportColumn } from "./export-layout.js";
import type { ExportDialect } from "./export-dialect.js";
import { BACKGROUND_TEXTS, QUESTION_TEXTS, STATUS_TEXT } from "./question-texts.js";
import { randomFor } from "../seeded-random.js";
import { STATUS_LABELS, type StatusCode } from "./status.js";

export const STRUCTURE_HEADER = [
  "questionName",
  "variableName",
  "questionType",
  "subType",
  "questionText",
  "choiceValue",
  "choiceText",
] as const;

/** Real exports carry stray trailing spaces on some labels and choice texts. */
function withStraySpace(text: string, seed: number, ...key: Array<string | number>): string {
  return randomFor(seed, "stray-space", ...key).chance(0.2) ? `${text} ` : text;
}

function structureRow(column: ExportColumn, year: number, seed: number): string[] {
  switch (column.kind) {
    case "background":
      return [
        column.name,
        column.name,
        "Open",
        "String",
        BACKGROUND_TEXTS[column.field] ?? "",
        "",
        "",
      ];
    case "single":
    case "number":
    case "text": {
      const text = QUESTION_TEXTS[column.question.key] ?? column.question.label;
      const subType = { single: "Single", number: "Double", text: "String" }[column.kind];
      const type = column.kind === "single" ? "Closed" : "Open";
      return [column.name, column.name, type, subType, text, "", ""];
    }
    case "multi": {
      const q = column.question;
      const option = q.options.get(column.choiceValue) ?? "";
      const choiceText = withStraySpace(
        q.optionLabels.get(option) ?? option,
        seed,
        year,
        column.name,
      );
      const text = QUESTION_TEXTS[q.key] ?? q.label;
      const value = String(column.choiceValue);
      return [column.questionName, column.name, "Closed", "Multiple", text, value, choiceText];
    }
    case "status":
      return [
        column.questionName,
        column.name,
        "Closed",
        "Multiple",
        STATUS_TEXT,
        String(column.code),
        STATUS_LABELS[column.code],
      ];
  }
}

export function structureRows(columns: readonly ExportColumn[], year: number, seed: number) {
  return [[...STRUCTURE_HEADER], ...columns.map((c) => structureRow(c, year, seed))];
}

const CHECKBOX_LABELS: ReadonlyArray<[string, string]> = [
  ["0", "Ikke valgt"],
  ["1", "Valgt"],
];

function labelRows(column: ExportColumn, year: number, seed: number): string[][] {
  switch (column.kind) {
    case "single":
      return [...column.question.codes].map(([code, label]) => [
        column.name,
        String(code),
        withStraySpace(label, seed, year, column.name, code),
      ]);
    case "multi":
    case "status":
      return CHECKBOX_LABELS.map(([value, label]) => [column.name, value, label]);
    default:
      return [];
  }
}

/** labels.csv has no header row. */
export function labelsRows(columns: readonly ExportColumn[], year: number, seed: number) {
  return columns.flatMap((c) => labelRows(c, year, seed));
}

/** One invited organisation's record: its status and answers. */
export interface OrganisationResponse {
  organisation: FrameOrganisation;
  status: StatusCode;
  answers: Answers;
}

function formatNumber(answer: Extract<Answer, { kind: "number" }>, dialect: ExportDialect) {
  return answer.value.toFixed(answer.decimals).replace(".", dialect.decimal);
}

function cell(column: ExportColumn, response: OrganisationResponse, dialect: ExportDialect) {
  switch (column.kind) {
    case "background":
      return column.field === "id" ? response.organisation.id : (response.organisation.orgnr ?? "");
    case "status":
      return response.status === column.code ? "1" : "0";
    case "multi": {
      const answer = response.answers.get(column.question.key);
      if (answer?.kind !== "choices") return "";
      return answer.chosen.has(column.choiceValue) ? "1" : "0";
    }
    default: {
      const answer = response.answers.get(column.question.key);
      if (answer === undefined) return "";
      if (answer.kind === "code") return String(answer.code);
      if (answer.kind === "number") return formatNumber(answer, dialect);
      if (answer.kind === "text") return answer.text;
      return "";
    }
  }
}

export function datasetRecord(
  columns: readonly ExportColumn[],
  response: OrganisationResponse,
  dialect: ExportDialect,
): string[] {
  return columns.map((c) => cell(c, response, dialect));
}
