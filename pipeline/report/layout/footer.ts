// Running footer on every page but the cover: the report's name (and the sample notice when the
// data are synthetic) on the left, the page number on the right.
import { asArtifact, Flow } from "./flow.js";
import { COLOR, CONTENT, PAGE, TYPE } from "./style.js";

export function drawFooters(flow: Flow, footerText: string): void {
  const { doc } = flow;
  const range = doc.bufferedPageRange();
  const y = PAGE.height - PAGE.margin + 8;
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
  }
}
