// The preview's PDF ahead of the rest: in place by one rename once the year's folder exists,
// then linked by publish like any unchanged file, so the folder is whole again afterwards.
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { smallPublication } from "../testdata/publish/small-publication.js";
import { publicationProblems } from "../testdata/publish/whole-publication.js";
import { publishPdfAhead } from "./pdf-ahead.js";
import { publish, type WrittenFiles } from "./publish.js";

let out: string;
beforeEach(async () => {
  out = await mkdtemp(path.join(tmpdir(), "itip-pdf-ahead-"));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

const pdfPath = () => path.join(out, "2020", "it-i-praksis-2020.pdf");

const publication = (pdf: Uint8Array) => smallPublication({ pdf });

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7 ${text}`);

describe("the PDF ahead of the publication", () => {
  it("is not written before the year's folder was first published whole", async () => {
    expect(await publishPdfAhead(out, 2020, pdf("first"), new Map())).toBe(false);
    expect(await readdir(out)).toEqual([]);
  });

  it("replaces the published PDF alone, and publish then links it instead of writing it", async () => {
    const written: WrittenFiles = new Map();
    await publish(out, publication(pdf("old")), written);
    const next = pdf("new");

    expect(await publishPdfAhead(out, 2020, next, written)).toBe(true);
    expect(await readFile(pdfPath(), "utf8")).toBe("%PDF-1.7 new");
    // Nothing else changed yet, and no temporary file is left beside it.
    expect((await readdir(path.join(out, "2020"))).filter((f) => f.startsWith("."))).toEqual([]);
    const aheadInode = (await stat(pdfPath())).ino;

    const published = await publish(out, publication(next), written);
    expect(published.written).toEqual(["manifest.json"]);
    expect((await stat(pdfPath())).ino).toBe(aheadInode);
    expect(await publicationProblems(path.join(out, "2020"))).toEqual([]);
  });

  it("does not write the same PDF twice", async () => {
    const written: WrittenFiles = new Map();
    const same = pdf("same");
    await publish(out, publication(same), written);
    expect(await publishPdfAhead(out, 2020, same, written)).toBe(false);
  });

  it("writes it again when it was deleted from the folder meanwhile", async () => {
    const written: WrittenFiles = new Map();
    const same = pdf("same");
    await publish(out, publication(same), written);
    await rm(pdfPath());
    expect(await publishPdfAhead(out, 2020, same, written)).toBe(true);
    expect(await readFile(pdfPath(), "utf8")).toBe("%PDF-1.7 same");
  });
});
