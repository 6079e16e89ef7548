// The table of contents: pages reserved where `{{ toc }}` stands, filled in once every heading
// has landed on its page, so the page numbers are those of the finished document.
import { headingLabel, type HeadingBlock } from "../blocks.js";
import { reportText } from "../messages.js";
import type { PlacedHeading } from "./draw-blocks.js";
import { Flow, TaggedBlock, asArtifact } from "./flow.js";
import { paginateToc } from "./toc-pages.js";
import { COLOR, CONTENT, SPACE, TYPE } from "./style.js";

export interface ReservedToc {
  /** 0-based page indices of the reserved pages. */
  pageIndices: number[];
  /** Which headings (by index into the TOC's headings) go on each reserved page. */
  entriesByPage: number[][];
  title: TaggedBlock;
  tag: TaggedBlock;
}

const entrySpec = (heading: HeadingBlock) =>
  heading.level === 1 ? TYPE.tocChapter : TYPE.tocSection;
const titleHeight = TYPE.chapter.leading + SPACE.afterChapter;

export function reserveToc(flow: Flow, headings: readonly HeadingBlock[]): ReservedToc {
  const space = CONTENT.bottom - CONTENT.top;
  const entriesByPage = paginateToc(
    headings.map((h) => entrySpec(h).leading),
    space - titleHeight,
    space,
  );
  if (!flow.atTop) flow.newPage();
  const pageIndices: number[] = [];
  entriesByPage.forEach((_, i) => {
    if (i > 0) flow.newPage();
    pageIndices.push(flow.pageIndex);
  });
  // The structure elements are created here so the TOC sits in reading order after the cover.
  const title = new TaggedBlock(flow.doc, "H1");
  const tag = new TaggedBlock(flow.doc, "TOC");
  flow.y = CONTENT.bottom; // the reserved pages are full
  return { pageIndices, entriesByPage, title, tag };
}

export function fillToc(flow: Flow, toc: ReservedToc, placed: readonly PlacedHeading[]): void {
  const { doc } = flow;
  const entries = placed.filter((p) => p.heading.level <= 2);
  toc.pageIndices.forEach((pageIndex, page) => {
    doc.switchToPage(pageIndex);
    let y = CONTENT.top;
    if (page === 0) {
      toc.title.mark(() => flow.drawText(reportText.tocTitle, CONTENT.left, y, TYPE.chapter));
      toc.title.end();
      y += titleHeight;
    }
    for (const index of toc.entriesByPage[page] ?? []) {
      const entry = entries[index];
      if (!entry) continue;
      const spec = entrySpec(entry.heading);
      const indent = entry.heading.level === 1 ? 0 : 18;
      const pageLabel = String(entry.pageIndex + 1);
      const label = headingLabel(entry.heading);
      // TOCI › Link › (the entry's text, the link annotation), as PDF/UA asks of links.
      const item = new TaggedBlock(doc, "TOCI", {}, toc.tag.element);
      const link = new TaggedBlock(doc, "Link", {}, item.element);
      let textEnd = 0;
      let numberStart = 0;
      link.mark(() => {
        textEnd = CONTENT.left + indent + flow.drawText(label, CONTENT.left + indent, y, spec);
        numberStart =
          CONTENT.left +
          CONTENT.width -
          flow.drawText(pageLabel, CONTENT.left + CONTENT.width, y, spec, "right");
      });
      asArtifact(doc, () => {
        const leaderY = y + spec.leading / 2 + spec.size * 0.3;
        if (numberStart - textEnd > 16)
          doc
            .moveTo(textEnd + 6, leaderY)
            .lineTo(numberStart - 6, leaderY)
            .lineWidth(0.6)
            .dash(0.6, { space: 2.4 })
            .strokeColor(COLOR.muted)
            .stroke()
            .undash();
      });
      // Typed boundary: pdfkit passes these options into the annotation dictionary; Contents must
      // be a String object, which pdfkit writes as a PDF string (a JS string becomes a name).
      const annotation = {
        structParent: link.element,
        Contents: new String(reportText.tocLink(label, pageLabel)),
      } as unknown as PDFKit.Mixins.AnnotationOption;
      doc.goTo(
        CONTENT.left + indent,
        y,
        CONTENT.width - indent,
        spec.leading,
        entry.destination,
        annotation,
      );
      link.end();
      item.end();
      y += spec.leading;
    }
  });
  toc.tag.end();
}
