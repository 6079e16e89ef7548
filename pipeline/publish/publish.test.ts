// publish: the year's folder as one unit, exactly what the manifest lists; what preview wrote
// before is not written again; a publish that fails leaves the previous publication as it was.
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RenderedChart } from "../charts/types.js";
import { smallPublication } from "../testdata/publish/small-publication.js";
import { publicationProblems } from "../testdata/publish/whole-publication.js";
import { publish, type WrittenFiles } from "./publish.js";

let out: string;
beforeEach(async () => {
  out = await mkdtemp(path.join(tmpdir(), "itip-publish-"));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

const chart = (id: string): RenderedChart => ({
  id,
  kind: "trend",
  title: id,
  caption: "",
  altText: "",
  spec: { mark: "line" },
  svg: `<svg id="${id}"/>`,
  width: 10,
  height: 10,
  numbers: { columns: ["År", "Andel"], rows: [["2020", "50 %"]] },
});

const publication = (indicatorsCsv: string, charts: RenderedChart[]) =>
  smallPublication({ indicatorsCsv, charts });

const year = () => path.join(out, "2020");

describe("publish", () => {
  it("writes the year's folder with exactly the files its manifest lists, and nothing beside it", async () => {
    const published = await publish(out, publication("a\n1\n", [chart("trend-a")]));
    expect(published.files).toEqual([
      "indicators.csv",
      "microdata.csv",
      "rejects.csv",
      "charts/trend-a.vl.json",
      "charts/trend-a.svg",
      "web/index.html",
      "it-i-praksis-2020.pdf",
      "manifest.json",
    ]);
    expect(await publicationProblems(year())).toEqual([]);
    expect(await readdir(out)).toEqual(["2020"]);
  });

  it("writes again only what changed, and the folder loses what the publication no longer has", async () => {
    const before: WrittenFiles = new Map();
    await publish(out, publication("a\n1\n", [chart("trend-a"), chart("trend-b")]), before);
    const pdfInode = (await stat(path.join(year(), "it-i-praksis-2020.pdf"))).ino;
    const again = await publish(out, publication("a\n2\n", [chart("trend-a")]), before);
    expect(again.written).toEqual(["indicators.csv", "manifest.json"]);
    // The unchanged PDF is the same file, linked into the new folder.
    expect((await stat(path.join(year(), "it-i-praksis-2020.pdf"))).ino).toBe(pdfInode);
    expect(await readdir(path.join(year(), "charts"))).toEqual(["trend-a.svg", "trend-a.vl.json"]);
    expect(await readFile(path.join(year(), "indicators.csv"), "utf8")).toBe("a\n2\n");
    expect(await publicationProblems(year())).toEqual([]);
  });

  it("leaves the previous publication whole when publishing fails part-way", async () => {
    const before: WrittenFiles = new Map();
    await publish(out, publication("a\n1\n", [chart("trend-a")]), before);
    // A chart id from the data that would lead out of the folder stops publishing after the CSVs.
    await expect(
      publish(out, publication("a\n2\n", [chart("../../escape")]), before),
    ).rejects.toThrow(/outside/);
    expect(await readdir(out)).toEqual(["2020"]);
    expect(await readFile(path.join(year(), "indicators.csv"), "utf8")).toBe("a\n1\n");
    expect(await publicationProblems(year())).toEqual([]);
    // What the failed publish wrote is not taken for published: it is written the next time.
    const next = await publish(out, publication("a\n2\n", [chart("trend-a")]), before);
    expect(next.written).toEqual(["indicators.csv", "manifest.json"]);
    expect(await readFile(path.join(year(), "indicators.csv"), "utf8")).toBe("a\n2\n");
  });
});
