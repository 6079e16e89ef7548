// A SurveyXact export for 2021, made from the sample's 2020 export for the next-year test
// (pipeline/next-year.test.ts). The 2021 questionnaire differs from 2020's as a real one might:
//
// - the korona question (s_16, `korona_tempo`) was dropped: its column, structure row and labels
//   are gone;
// - the strategy question (`strategi`) was renumbered: s_02 is now s_18;
// - a new question s_17, "Vi bruker kunstig intelligens i tjenestene" (agree 1–5, 6 = vet ikke);
// - the organisations answer as in 2020, except that every other one that had a simple digital
//   service (tjenesteniva 2) now has an advanced one (3), so the report has a change to show.
//
// The 2020 files are UTF-16LE with tabs and CRLF; the 2021 files are written as UTF-8 with `;`
// (as Excel saves "CSV (semikolondelt)"), so the year also exercises dialect detection. The
// rows keep their ids, orgnr and status, so each is accepted or rejected exactly as in 2020
// (the sample plants a few bad rows every year).
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/** What the 2021 export changed, by variable name, for the test to declare in the templates. */
export const CHANGES_2021 = {
  dropped: { question: "korona_tempo", variable: "s_16" },
  renamed: { question: "strategi", from: "s_02", to: "s_18" },
  added: {
    question: "kunstig_intelligens",
    variable: "s_17",
    text: "Vi bruker kunstig intelligens i tjenestene",
  },
} as const;

const { dropped, renamed, added } = CHANGES_2021;

const AGREEMENT: ReadonlyArray<readonly [string, string]> = [
  ["1", "Svært uenig"],
  ["2", "Uenig"],
  ["3", "Verken enig eller uenig"],
  ["4", "Enig"],
  ["5", "Svært enig"],
  ["6", "Vet ikke"],
];

type Table = string[][];

async function read2020(inputDir: string, name: string): Promise<Table> {
  const bytes = await readFile(path.join(inputDir, "2020", name));
  const text = new TextDecoder("utf-16le").decode(bytes);
  return parse(text, { delimiter: "\t", bom: true, record_delimiter: "\r\n" }) as Table;
}

async function write2021(inputDir: string, name: string, rows: Table): Promise<void> {
  const text = stringify(rows, { delimiter: ";", record_delimiter: "\r\n" });
  await writeFile(path.join(inputDir, "2021", name), text, "utf8");
}

const rename = (name: string) => (name === renamed.from ? renamed.to : name);

/**
 * The answer to the new question, from the organisation's 2020 answers: agreement rises with
 * the competence it reports (s_04, 1–5) and the level of its services (s_07, 1–3). Whoever
 * answers "vet ikke" on competence answers "vet ikke" here too; whoever left competence blank
 * (not responded, or a partial response) leaves this blank.
 */
function artificialIntelligence(kompetanse: string, tjenesteniva: string): string {
  if (kompetanse === "6") return "6";
  const competence = Number(kompetanse);
  if (kompetanse === "" || !Number.isInteger(competence) || competence < 1 || competence > 5)
    return "";
  const level = ["1", "2", "3"].includes(tjenesteniva) ? Number(tjenesteniva) : 2;
  return String(Math.min(5, Math.max(1, competence + level - 2)));
}

function dataset(rows2020: Table): Table {
  const [header2020, ...records] = rows2020;
  if (!header2020) throw new Error("2020/dataset.csv has no header");
  const column = (name: string) => {
    const index = header2020.indexOf(name);
    if (index === -1) throw new Error(`2020/dataset.csv has no column ${name}`);
    return index;
  };
  const korona = column(dropped.variable);
  const kompetanse = column("s_04");
  const tjenesteniva = column("s_07");

  // The new question takes the dropped question's place in the column order.
  const header = header2020.flatMap((name, i) => (i === korona ? [added.variable] : [rename(name)]));
  let simple = 0;
  const body = records.map((record) => {
    const row = [...record];
    if (row[tjenesteniva] === "2" && simple++ % 2 === 0) row[tjenesteniva] = "3";
    const answer = artificialIntelligence(row[kompetanse] ?? "", row[tjenesteniva] ?? "");
    return row.map((cell, i) => (i === korona ? answer : cell));
  });
  return [header, ...body];
}

function structure(rows2020: Table): Table {
  const [header, ...records] = rows2020;
  if (!header) throw new Error("2020/structure.csv has no header");
  const out: Table = [header];
  for (const record of records) {
    const [questionName = "", variableName = "", ...rest] = record;
    if (variableName === dropped.variable) {
      out.push([added.variable, added.variable, "Closed", "Single", added.text, "", ""]);
      continue;
    }
    out.push([rename(questionName), rename(variableName), ...rest]);
  }
  return out;
}

function labels(rows2020: Table): Table {
  const out: Table = [];
  for (const [variable = "", ...rest] of rows2020) {
    if (variable === dropped.variable) continue;
    out.push([rename(variable), ...rest]);
  }
  // The new question's labels go after the last question's, before the status labels.
  const status = out.findIndex(([variable]) => variable?.startsWith("stato_"));
  const added2021 = AGREEMENT.map(([code, label]) => [added.variable, code, label]);
  out.splice(status === -1 ? out.length : status, 0, ...added2021);
  return out;
}

/**
 * Writes `<inputDir>/2021/{dataset,structure,labels}.csv`, derived from
 * `<inputDir>/2020/`. The folder 2021/ must exist (`itip init-year 2021` creates it).
 */
export async function writeExport2021(inputDir: string): Promise<void> {
  await write2021(inputDir, "dataset.csv", dataset(await read2020(inputDir, "dataset.csv")));
  await write2021(inputDir, "structure.csv", structure(await read2020(inputDir, "structure.csv")));
  await write2021(inputDir, "labels.csv", labels(await read2020(inputDir, "labels.csv")));
}
