// Tables: a numbered title, a header row, body rows whose cells wrap inside fixed-width columns,
// and the note (base n, symbols, source) underneath. A table longer than the page breaks between
// rows and repeats its header on the next page, with "Tabell 3 (forts.)" above it.
//
// Tagging (PDF/UA): Div › Table › Caption, THead › TR › TH (scope Column), TBody › TR › TH (scope
// Row, the row's name) and TD; the note is a P after the table. The repeated header and the
// "(forts.)" line are pagination artifacts, so a screen reader meets the header once.
import type { Block } from "../blocks.js";
import { reportText } from "../messages.js";
import { asArtifact, Flow, TaggedBlock } from "./flow.js";
import type { Line } from "./line-breaking.js";
import { COLOR, CONTENT, SPACE, TYPE, type TextStyleSpec } from "./style.js";

type TableBlock = Extract<Block, { kind: "table" }>;

/** Horizontal room between two columns. */
const PADDING = 14;
/** Baseline-to-baseline distance of the lines inside one cell. */
const CELL_LEADING = Math.round(TYPE.table.size * 1.3 * 10) / 10;
/** What a row adds to its lines: a one-line row is exactly TYPE.table.leading high. */
const ROW_PADDING = TYPE.table.leading - CELL_LEADING;

interface LaidRow {
  cells: Line[][];
  height: number;
}

interface TableLayout {
  widths: number[];
  title: Line[];
  header: LaidRow;
  rows: LaidRow[];
  note: Line[];
}

function layoutTable(flow: Flow, table: TableBlock): TableLayout {
  const widths = columnWidths(flow, table);
  const headerSpec = { ...TYPE.table, font: "semibold" as const };
  const lay = (cells: readonly string[], spec: TextStyleSpec): LaidRow => {
    const lines = cells.map((cell, i) =>
      flow.lines([{ text: cell, style: "regular" }], spec, (widths[i] ?? 0) - PADDING),
    );
    const count = Math.max(1, ...lines.map((l) => l.length));
    return { cells: lines, height: count * CELL_LEADING + ROW_PADDING };
  };
  return {
    widths,
    title: flow.lines(
      [{ text: reportText.tableLabel(table.number, table.title), style: "regular" }],
      TYPE.figureTitle,
      CONTENT.width,
    ),
    header: lay(
      table.columns.map((c) => c.header),
      headerSpec,
    ),
    rows: table.rows.map((cells, i) =>
      lay(cells, isTotal(table, i) ? { ...TYPE.table, font: "semibold" } : TYPE.table),
    ),
    note: flow.lines([{ text: table.note, style: "regular" }], TYPE.caption, CONTENT.width),
  };
}

/** The height a table needs before its first body rows, to keep title and header with them. */
export function tableStartHeight(flow: Flow, table: TableBlock, bodyRows = 3): number {
  const layout = flow.laidOut(table, layoutTable);
  const rows = layout.rows.slice(0, bodyRows).reduce((sum, r) => sum + r.height, 0);
  return layout.title.length * TYPE.figureTitle.leading + 4 + layout.header.height + rows;
}

export function drawTable(flow: Flow, table: TableBlock): void {
  const { doc } = flow;
  const layout = flow.laidOut(table, layoutTable);
  const headerSpec = { ...TYPE.table, font: "semibold" as const };
  const width = sum(layout.widths);
  if (!flow.atTop) flow.y += SPACE.figure / 2;
  flow.ensure(tableStartHeight(flow, table));

  const group = new TaggedBlock(doc, "Div");
  const tag = new TaggedBlock(doc, "Table", {}, group.element);
  const caption = new TaggedBlock(doc, "Caption", {}, tag.element);
  caption.mark(() => drawLines(flow, layout.title, CONTENT.left, TYPE.figureTitle));
  caption.end();
  flow.y += 4;

  const rule = (weight: number) =>
    asArtifact(doc, () => {
      doc
        .moveTo(CONTENT.left, flow.y)
        .lineTo(CONTENT.left + width, flow.y)
        .lineWidth(weight)
        .strokeColor(COLOR.rule)
        .stroke();
    });

  const drawCells = (row: LaidRow, spec: TextStyleSpec, cellTag: (i: number) => string) => {
    const parts: Array<{ type: string; draw: () => void }> = [];
    let x = CONTENT.left;
    row.cells.forEach((lines, i) => {
      const columnWidth = layout.widths[i] ?? 0;
      const align = table.columns[i]?.align ?? "left";
      const left = x;
      const top = flow.y + ROW_PADDING / 2;
      const cellSpec = { ...spec, leading: CELL_LEADING };
      parts.push({
        type: cellTag(i),
        draw: () =>
          lines.forEach((line, n) => {
            const lineWidth = line.reduce((s, seg) => s + seg.width, 0);
            const lineX = align === "right" ? left + columnWidth - lineWidth : left;
            flow.drawLine(line, lineX, top + n * CELL_LEADING, cellSpec);
          }),
      });
      x += columnWidth;
    });
    return parts;
  };

  const drawHeaderRow = (tagged: boolean, parent?: TaggedBlock) => {
    const cells = drawCells(layout.header, headerSpec, () => "TH");
    if (tagged && parent) {
      const row = new TaggedBlock(doc, "TR", {}, parent.element);
      for (const cell of cells) {
        const th = new TaggedBlock(doc, "TH", { scope: "Column" }, row.element);
        th.mark(cell.draw);
        th.end();
      }
      row.end();
    } else {
      asArtifact(doc, () => cells.forEach((cell) => cell.draw()), "Pagination");
    }
    flow.y += layout.header.height;
    rule(0.8);
  };

  const head = new TaggedBlock(doc, "THead", {}, tag.element);
  drawHeaderRow(true, head);
  head.end();

  const body = new TaggedBlock(doc, "TBody", {}, tag.element);
  layout.rows.forEach((row, i) => {
    const total = isTotal(table, i);
    if (row.height > flow.remaining + 0.01) {
      flow.newPage();
      asArtifact(
        doc,
        () =>
          flow.drawText(
            reportText.tableContinued(table.number),
            CONTENT.left,
            flow.y,
            TYPE.figureTitle,
          ),
        "Pagination",
      );
      flow.y += TYPE.figureTitle.leading + 4;
      drawHeaderRow(false);
    }
    if (total) rule(0.5);
    const rowTag = new TaggedBlock(doc, "TR", {}, body.element);
    const spec = total ? { ...TYPE.table, font: "semibold" as const } : TYPE.table;
    const cells = drawCells(row, spec, (c) => (c === 0 && table.rowHeaders ? "TH" : "TD"));
    for (const cell of cells) {
      const options = cell.type === "TH" ? { scope: "Row" as const } : {};
      const cellTag = new TaggedBlock(doc, cell.type, options, rowTag.element);
      cellTag.mark(cell.draw);
      cellTag.end();
    }
    rowTag.end();
    flow.y += row.height;
  });
  body.end();
  rule(0.8);
  tag.end();

  flow.y += 3;
  flow.ensure(layout.note.length * TYPE.caption.leading);
  const note = new TaggedBlock(doc, "P", {}, group.element);
  note.mark(() => drawLines(flow, layout.note, CONTENT.left, TYPE.caption));
  note.end();
  group.end();
  flow.y += SPACE.figure;
}

function isTotal(table: TableBlock, index: number): boolean {
  return table.hasTotalRow && index === table.rows.length - 1;
}

/**
 * Columns with a `width` take that share of the text width. The others are as wide as their
 * widest cell plus padding; the first of those takes what is left, at least 180 pt.
 */
function columnWidths(flow: Flow, table: TableBlock): number[] {
  if (table.columns.every((c) => c.width !== undefined))
    return table.columns.map((c) => (c.width ?? 0) * CONTENT.width);
  const widths = table.columns.map((column, i) => {
    if (column.width !== undefined) return column.width * CONTENT.width;
    const cells = [column.header, ...table.rows.map((r) => r[i] ?? "")];
    const measure = (text: string) => flow.width(text, "semibold", TYPE.table.size);
    return Math.max(...cells.map(measure)) + PADDING;
  });
  const rest = sum(widths.slice(1));
  const first = Math.max(Math.min(widths[0] ?? 0, CONTENT.width - rest), 180);
  return [first, ...widths.slice(1)];
}

function drawLines(flow: Flow, lines: readonly Line[], x: number, spec: TextStyleSpec): void {
  for (const line of lines) {
    flow.drawLine(line, x, flow.y, spec);
    flow.y += spec.leading;
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
