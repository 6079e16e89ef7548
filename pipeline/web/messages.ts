// The web edition's own words (Norwegian, bokmål). The report's words — headings, captions,
// figure and table labels, the sample notice — come from ../report/messages.ts, as in the PDF.
import { lowerFirst } from "../charts/text.js";
import { formatNumber } from "../locale/nb.js";

export const webText = {
  skipToContent: "Hopp til innholdet",
  /** The summary of the table under every chart. */
  showNumbers: "Vis tallene",
  /** Heard after "Vis tallene", not seen: "i figur 3". */
  ofFigure: (n: number) => `i figur ${n}`,
  numbersCaption: (figureLabel: string) => `Tallene i ${lowerFirst(figureLabel)}`,
  downloadsTitle: "Last ned",
  pdf: "Rapporten som PDF",
  dataFiles: {
    "indicators.csv": "Alle indikatorer etter år og gruppe, med grunnlag og usikkerhet",
    "microdata.csv": "Svarene per virksomhet, renset og vektet",
    "rejects.csv": "Avviste rader og celler i eksportene",
  } as Record<string, string>,
  /** "CSV, 412 kB". */
  fileSize: (format: string, bytes: number) =>
    `${format}, ${formatNumber(Math.max(1, Math.round(bytes / 1000)))}\u00a0kB`,
} as const;
