// A pdfkit document set up for the report: A4, tagged, Norwegian, Source Sans 3 registered, and
// nothing that differs between two builds of the same input (SPEC §7).
//
// Determinism in pdfkit 0.20: the file /ID is an MD5 of the info dictionary (so of our fixed
// dates), and font subset tags are derived from the font's resource id (F1, F2, …), which follows
// the order fonts are first used. No randomness is involved once CreationDate is fixed.
import PDFDocument from "pdfkit";
import { parsedFont } from "../../shaping/parsed-font.js";
import { PAGE, type FontName } from "./style.js";

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  date: Date;
}

/** A parsed font (fontkit ships no types; pdfkit accepts one wherever it takes a font file). */
interface FontkitFont {
  layout: (text: string) => unknown;
}

let parsedFonts: Record<FontName, FontkitFont> | undefined;

/**
 * The fonts parsed once per process. Reading Source Sans 3's layout tables costs ~150 ms per
 * face; pdfkit would redo it for every document, so we hand it the parsed fonts instead — the
 * same objects the charts measured their labels with. pdfkit only reads from them (each
 * document makes its own subset).
 */
function fonts(): Record<FontName, FontkitFont> {
  parsedFonts ??= {
    regular: parsedFont("regular"),
    italic: parsedFont("italic"),
    semibold: parsedFont("semibold"),
    bold: parsedFont("bold"),
  };
  return parsedFonts;
}

export function createReportDocument(info: DocumentInfo): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: "1.7",
    tagged: true,
    lang: "nb-NO",
    displayTitle: true,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Keywords: info.keywords,
      Creator: "it-i-praksis",
      Producer: "PDFKit",
      CreationDate: info.date,
      ModDate: info.date,
    },
  });
  // Typed boundary: @types/pdfkit lists file sources only, pdfkit also takes a fontkit font.
  for (const [name, font] of Object.entries(fonts()))
    doc.registerFont(name, font as unknown as Buffer);
  shareLayoutCaches(doc);
  doc.font("regular");
  escapeXmpMetadata(doc);
  return doc;
}

/** pdfkit's per-font cache of shaped words (EmbeddedFont.layoutCache), by font name. */
const layoutCaches = new Map<string, Record<string, unknown>>();

/**
 * Shaping a word with fontkit (GSUB/GPOS) is the costliest step of making a PDF, and pdfkit
 * caches it per document only. A shaped word depends on nothing but font and text, and pdfkit
 * only reads the cached runs (we never justify text, the one path that would
 * copy-and-modify them), so the documents of one process share one cache per font.
 */
function shareLayoutCaches(doc: PDFKit.PDFDocument): void {
  for (const name of Object.keys(fonts())) {
    doc.font(name);
    // Typed boundary: the current EmbeddedFont is internal to pdfkit.
    const font = (doc as unknown as { _font: { layoutCache?: Record<string, unknown> } })._font;
    let cache = layoutCaches.get(name);
    if (!cache) layoutCaches.set(name, (cache = Object.create(null) as Record<string, unknown>));
    if (font.layoutCache) font.layoutCache = cache;
  }
}

/** pdfkit's _addInfo writes Title, Author … into the XMP packet unescaped (SPEC §11). */
interface MetadataWriter {
  info: Record<string, unknown>;
  _addInfo: () => void;
}

/**
 * Wraps this one document's `_addInfo` so that the XMP packet gets XML-escaped values while the
 * info dictionary keeps the real ones. Scoped to the instance; pdfkit itself is not patched.
 */
function escapeXmpMetadata(doc: PDFKit.PDFDocument): void {
  const writer = doc as unknown as MetadataWriter;
  const addInfo = writer._addInfo.bind(doc);
  writer._addInfo = () => {
    const original = writer.info;
    writer.info = Object.fromEntries(
      Object.entries(original).map(([k, v]) => [k, typeof v === "string" ? escapeXml(v) : v]),
    );
    try {
      addInfo();
    } finally {
      writer.info = original;
    }
  };
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Collects the document's bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}
