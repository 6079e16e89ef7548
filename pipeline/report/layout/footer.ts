// Page furniture, drawn as pagination artifacts once every page exists:
// - the running footer on every page but the cover: the report's name (and the sample notice
//   when the data are synthetic) on the left, the page number on the right;
// - the running header on a chapter's later pages: the chapter's number and title. A chapter's
//   first page has the chapter heading itself, so no header there.
import { asArtifact, Flow } from "./flow.js";
import { COLOR, CONTENT, PAGE, TYPE } from "./style.js";

export interface ChapterStart {
  label: string;
  pageIndex: number;
}

export function drawFooters(
  flow: Flow,
  footerText: string,
  chapters: readonly ChapterStart[] = [],
): void {
  const { doc } = flow;
  const range = doc.bufferedPageRange();
  const y = PAGE.height - PAGE.margin + 8;
  const headerY = PAGE.margin - 30;
  for (let index = range.start + 1; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    asArtifact(
      doc,
      () => {
        doc
          .moveTo(CONTENT.left, y - 6)
          .lineTo(CONTENT.left + CONTENT.width, y - 6)
          .lineWidth(0.5)
          .strokeColor(COLOR.rule)
          .stroke();
        flow.drawText(footerText, CONTENT.left, y, TYPE.footer);
        flow.drawText(String(index + 1), CONTENT.left + CONTENT.width, y, TYPE.footer, "right");
      },
      "Pagination",
    );
    const chapter = chapterOn(chapters, index);
    if (chapter && chapter.pageIndex !== index)
      asArtifact(
        doc,
        () => {
          flow.drawText(chapter.label, CONTENT.left, headerY, TYPE.footer);
          doc
            .moveTo(CONTENT.left, headerY + TYPE.footer.leading + 3)
            .lineTo(CONTENT.left + CONTENT.width, headerY + TYPE.footer.leading + 3)
            .lineWidth(0.5)
            .strokeColor(COLOR.rule)
            .stroke();
        },
        "Pagination",
      );
  }
}

/** The chapter a page belongs to: the last one starting on or before it. */
export function chapterOn(
  chapters: readonly ChapterStart[],
  pageIndex: number,
): ChapterStart | undefined {
  let found: ChapterStart | undefined;
  for (const chapter of chapters) if (chapter.pageIndex <= pageIndex) found = chapter;
  return found;
}
