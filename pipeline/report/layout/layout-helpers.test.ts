import { describe, expect, it } from "vitest";
import { Flow } from "./flow.js";
import { breakLines } from "./line-breaking.js";
import { reportDate } from "./report-date.js";
import { fitSize } from "./fit-size.js";
import { paginateToc } from "./toc-pages.js";

const monospace = (text: string) => text.length;

describe("breakLines", () => {
  it("breaks at spaces, never inside a number with a non-breaking space", () => {
    const lines = breakLines(
      [{ text: "andelen er 23\u00a0% i år", style: "regular" }],
      12,
      monospace,
    );
    expect(lines.map((l) => l.map((s) => s.text).join(""))).toEqual([
      "andelen er",
      "23\u00a0% i år",
    ]);
  });

  it("keeps punctuation glued to a bold word and places segments side by side", () => {
    const runs = [
      { text: "er ", style: "regular" as const },
      { text: "29 %", style: "bold" as const },
      { text: ", mot", style: "regular" as const },
    ];
    expect(breakLines(runs, 100, monospace)).toEqual([
      [
        { text: "er", style: "regular", x: 0, width: 2 },
        { text: " 29 %", style: "bold", x: 2, width: 5 },
        { text: ", mot", style: "regular", x: 7, width: 5 },
      ],
    ]);
  });

  it("gives no lines for empty text", () => {
    expect(breakLines([], 100, monospace)).toEqual([]);
  });
});

describe("paginateToc", () => {
  it("fills the first page, then continues on the next", () => {
    expect(paginateToc([10, 10, 10, 10], 25, 100)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});

describe("fitSize", () => {
  it("shrinks a chart to fit but never enlarges it", () => {
    expect(fitSize({ width: 600, height: 300 }, { width: 480, height: 700 })).toEqual({
      width: 480,
      height: 240,
    });
    expect(fitSize({ width: 300, height: 100 }, { width: 480, height: 700 })).toEqual({
      width: 300,
      height: 100,
    });
  });
});

describe("reportDate", () => {
  it("is 31 December of the data year at midnight UTC", () => {
    expect(reportDate(2020).toISOString()).toBe("2020-12-31T00:00:00.000Z");
  });

  it("is SOURCE_DATE_EPOCH when set, and ignores an empty one", () => {
    expect(reportDate(2020, "1600000000").toISOString()).toBe("2020-09-13T12:26:40.000Z");
    expect(reportDate(2020, "").toISOString()).toBe("2020-12-31T00:00:00.000Z");
  });
});

describe("Flow.laidOut", () => {
  // Laying out reads nothing of the document itself.
  const newFlow = () => new Flow({} as PDFKit.PDFDocument);

  it("lays a block out once per document, however often it is asked for", () => {
    let count = 0;
    const double = (_: Flow, block: { n: number }) => (count++, block.n * 2);
    const block = { n: 2 };
    const flow = newFlow();
    expect(flow.laidOut(block, double)).toBe(4);
    expect(flow.laidOut(block, double)).toBe(4);
    expect(count).toBe(1);
    expect(newFlow().laidOut(block, double)).toBe(4);
    expect(count).toBe(2);
  });

  it("keeps the layouts of different functions apart", () => {
    const flow = newFlow();
    const block = { n: 2 };
    expect(flow.laidOut(block, (_, b) => b.n + 1)).toBe(3);
    expect(flow.laidOut(block, (_, b) => b.n * 10)).toBe(20);
  });
});
