// Reads a PDF back for tests (pdfjs-dist, no poppler): the text of each page as lines, and the
// outline. Lines are text items grouped by their baseline, left to right.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfContents {
  pages: string[][];
  outline: string[];
}

interface TextItemLike {
  str: string;
  transform: number[];
}

export type PdfDocument = Awaited<ReturnType<typeof getDocument>["promise"]>;

/** Opens PDF bytes with pdfjs, with no system fonts and no console noise. */
export function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  return getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  const document = await openPdf(bytes);
  const pages: string[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(toLines(content.items.filter((i): i is TextItemLike & typeof i => "str" in i)));
  }
  const outline = ((await document.getOutline()) ?? []).map((entry) => entry.title);
  await document.destroy();
  return { pages, outline };
}

function toLines(items: TextItemLike[]): string[] {
  const byBaseline = new Map<number, Array<{ x: number; text: string }>>();
  for (const item of items) {
    const y = Math.round(item.transform[5] ?? 0);
    const x = item.transform[4] ?? 0;
    const line = byBaseline.get(y) ?? [];
    line.push({ x, text: item.str });
    byBaseline.set(y, line);
  }
  return [...byBaseline.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, parts]) =>
      parts
        .sort((a, b) => a.x - b.x)
        .map((p) => p.text)
        .join(" ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((line) => line.length > 0);
}
