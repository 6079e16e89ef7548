// XML's character references as Vega writes them in a chart's SVG (charts/svg-output.ts keeps
// them): the five named ones and numeric ones. Read back by the web edition (web/chart-svg.ts)
// and by the PDF's chart drawing (report/layout/parse-chart-svg.ts).

const NAMED = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

const REFERENCE = /^&(?:#x([\da-f]+)|#(\d+)|(\w+));$/i;

/** The text a reference ("&amp;", "&#229;", "&#xe5;") stands for; undefined for any other. */
export function characterReference(reference: string): string | undefined {
  const match = REFERENCE.exec(reference);
  if (!match) return undefined;
  if (match[1] !== undefined) return String.fromCodePoint(parseInt(match[1], 16));
  if (match[2] !== undefined) return String.fromCodePoint(parseInt(match[2], 10));
  return NAMED.get(match[3]!);
}
