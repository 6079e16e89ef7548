// The report stage (SPEC §7): template + data → PDF bytes. Pure apart from reading the font
// files; the publish stage writes the file.
//
//   1 content: template directives resolved against the data → numbered blocks
//   2 cover   3 body: blocks laid out page by page (TOC pages reserved)
//   4 table of contents filled with the pages the headings landed on   5 footers   6 bytes
import { reportText } from "./messages.js";
import { tocHeadings } from "./blocks.js";
import { drawCover } from "./layout/cover.js";
import {
  drawFigure,
  drawHeading,
  drawList,
  drawParagraph,
  type BlockDrawer,
} from "./layout/draw-blocks.js";
import { drawTable } from "./layout/table.js";
import { Flow } from "./layout/flow.js";
import { drawFooters } from "./layout/footer.js";
import { createReportDocument, pdfBytes } from "./layout/pdf-document.js";
import { reportDate } from "./layout/report-date.js";
import { fillToc, reserveToc, type ReservedToc } from "./layout/toc.js";
import { coverText } from "./cover-text.js";
import { reportContent } from "./template/report-blocks.js";
import type { ReportInput, ReportOptions } from "./types.js";

export type { ReportInput, ReportOptions } from "./types.js";

export async function buildReportPdf(
  input: ReportInput,
  options: ReportOptions = {},
): Promise<Buffer> {
  // 1 content
  const { frontMatter, blocks } = reportContent(input);
  // A benchmark report names its organisation where benchmark.md writes {org}.
  const named = (text: string) =>
    input.organisation ? text.replaceAll("{org}", input.organisation.navn) : text;
  const unnamed = coverText(frontMatter, input.year, input.isSample);
  const cover = { ...unnamed, title: named(unnamed.title), subtitle: named(unnamed.subtitle) };
  const { title } = cover;

  const doc = createReportDocument({
    title: `${title} – ${cover.subtitle}`,
    author: cover.author,
    subject: reportText.subject(input.year),
    keywords: input.isSample ? reportText.sampleNotice : "",
    date: reportDate(input.year, options.sourceDateEpoch ?? process.env.SOURCE_DATE_EPOCH),
  });
  const flow = new Flow(doc);

  // 2 cover
  drawCover(flow, cover);
  flow.newPage();

  // 3 body
  const ctx: BlockDrawer = {
    flow,
    placed: [],
    chapters: [],
    chapterBookmark: undefined,
  };
  let toc: ReservedToc | undefined;
  blocks.forEach((block, i) => {
    switch (block.kind) {
      case "heading":
        return drawHeading(ctx, block, blocks[i + 1]);
      case "paragraph":
        return drawParagraph(flow, block.runs);
      case "list":
        return drawList(flow, block.items);
      case "figure":
        return drawFigure(ctx, block);
      case "table":
        return drawTable(flow, block);
      case "toc":
        toc ??= reserveToc(flow, tocHeadings(blocks));
        return;
    }
  });

  // 4 table of contents, 5 footers
  if (toc) fillToc(flow, toc, ctx.placed);
  drawFooters(flow, reportText.footer(title, input.isSample), ctx.chapters);

  // 6 bytes
  return pdfBytes(doc);
}
