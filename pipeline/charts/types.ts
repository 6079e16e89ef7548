// A chart from spec to picture: the Vega-Lite spec built from tidy results, its caption and alt
// text, and the SVG rendered from it in Node.

export type ChartKind =
  | "trend"
  | "grouped-bars"
  | "diverging-likert"
  | "change-dots"
  | "small-multiples"
  | "response-rates"
  | "sensitivity-ranges"
  | "organisation-position"
  | "organisation-trend";

export interface ChartDefinition {
  /** File-safe id: charts/<id>.vl.json and charts/<id>.svg. */
  id: string;
  kind: ChartKind;
  /** Short Norwegian title, used in the figure caption ("Figur 3: <title>"). */
  title: string;
  /** Caption line under the figure: base n and source. */
  caption: string;
  /** Generated from the data: what the chart shows and its main numbers. */
  altText: string;
  /** The Vega-Lite spec (JSON, data inlined). */
  spec: Record<string, unknown>;
  /** The values the chart shows, as a table (the web edition's "Vis tallene"). */
  numbers: ChartNumbers;
}

/** A small table: a header row, then rows whose first cell names the row. */
export interface ChartNumbers {
  columns: string[];
  rows: string[][];
}

export interface RenderedChart extends ChartDefinition {
  svg: string;
  /** Size of the SVG in CSS pixels = PDF points. */
  width: number;
  height: number;
}
