// Two input folders of the sample's last two years that differ in one row of 2020's dataset:
// organisation K1101 answers "Nei" instead of "Ja" on the strategy question (s_02) and 9, a code
// outside the scale, on top management's involvement (s_03), which is rejected as a cell.
// What is built from the one and from the other differs in a few numbers and one reject.
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../../package-info.js";

export const CHANGED_ROW = { id: "K1101", s_02: ["1", "2"], s_03: ["3", "9"] } as const;

export async function inputsDifferingInOneRow(work: string): Promise<{ old: string; new: string }> {
  const folders = { old: path.join(work, "input-old"), new: path.join(work, "input-new") };
  for (const folder of Object.values(folders))
    for (const name of ["2019", "2020", "EKSEMPELDATA.md"])
      await cp(path.join(projectRoot(), "input", name), path.join(folder, name), {
        recursive: true,
      });
  // 2020's export is UTF-16 with a byte order mark, tab-separated, CRLF.
  const dataset = path.join(folders.new, "2020", "dataset.csv");
  const lines = (await readFile(dataset)).toString("utf16le").split("\r\n");
  const header = lines[0]!.replace(/^\ufeff/, "").split("\t");
  const at = lines.findIndex((line) => line.startsWith(`${CHANGED_ROW.id}\t`));
  const cells = lines[at]!.split("\t");
  for (const key of ["s_02", "s_03"] as const) {
    const column = header.indexOf(key);
    const [from, to] = CHANGED_ROW[key];
    if (cells[column] !== from) throw new Error(`${CHANGED_ROW.id} ${key} is not ${from}`);
    cells[column] = to;
  }
  lines[at] = cells.join("\t");
  await writeFile(dataset, Buffer.from(lines.join("\r\n"), "utf16le"));
  return folders;
}
