// The web stage: the report as static, accessible HTML in web/ (SPEC §4), from the same template
// and data as the PDF. Pure apart from reading the font files; the publish stage writes them.
//
//   1 content: the report's blocks, exactly as the PDF gets them (same numbering, alt text)
//   2 page: the blocks as HTML around the cover's words and the links to the files
//   3 files: index.html (the charts put in last: page-charts.ts), style.css, the fonts and their
//     licence
import { toHtml } from "hast-util-to-html";
import { coverText } from "../report/cover-text.js";
import { reportContent } from "../report/template/report-blocks.js";
import { headingIds } from "./anchors.js";
import { reportPage } from "./page.js";
import { PageCharts } from "./page-charts.js";
import { stylesheet } from "./stylesheet.js";
import type { WebEdition, WebInput } from "./types.js";
import { webFontFiles } from "./web-fonts.js";

export type { WebEdition, WebInput } from "./types.js";

export function buildWebEdition(input: WebInput): WebEdition {
  // 1 content
  const { frontMatter, blocks } = reportContent(input);
  const ids = headingIds(blocks);
  const charts = new PageCharts();

  // 2 page
  const page = reportPage({
    cover: coverText(frontMatter, input.year, input.isSample),
    blocks,
    context: {
      blocks,
      headingId: (heading) => {
        const id = ids.get(heading);
        if (!id) throw new Error(`heading "${heading.text}" has no anchor`);
        return id;
      },
      charts,
    },
    pdf: input.pdf,
    dataFiles: input.dataFiles,
  });

  // 3 files
  return new Map<string, string | Uint8Array>([
    [
      "index.html",
      `${charts.fill(toHtml(page, { closeEmptyElements: true, allowDangerousHtml: true }))}\n`,
    ],
    ["style.css", stylesheet()],
    ...webFontFiles(),
  ]);
}
