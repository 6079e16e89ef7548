// The cover: title, subtitle and theme on a band of the accent colour, the sample notice in a
// framed box when the data are synthetic, the year at the foot.
import type { CoverText } from "../cover-text.js";
import { reportText } from "../messages.js";
import { Flow, TaggedBlock } from "./flow.js";
import { asArtifact } from "./flow.js";
import { COLOR, CONTENT, PAGE, type TextStyleSpec } from "./style.js";

const BAND_HEIGHT = 420;

const style = (font: TextStyleSpec["font"], size: number, color: string): TextStyleSpec => ({
  font,
  size,
  leading: size * 1.3,
  color,
});

export function drawCover(flow: Flow, cover: CoverText): void {
  const { doc } = flow;
  asArtifact(doc, () => {
    doc.rect(0, 0, PAGE.width, BAND_HEIGHT).fill(COLOR.accent);
  });
  const text = (value: string, y: number, spec: TextStyleSpec) => {
    const lines = flow.lines([{ text: value, style: "regular" }], spec, CONTENT.width);
    const tag = new TaggedBlock(doc, "P");
    tag.mark(() =>
      lines.forEach((line, i) => flow.drawLine(line, CONTENT.left, y + i * spec.leading, spec)),
    );
    tag.end();
    return y + lines.length * spec.leading;
  };

  let y = 190;
  y = text(cover.title, y, style("bold", 40, COLOR.coverText));
  y = text(cover.subtitle, y + 6, style("semibold", 20, COLOR.coverText));
  if (cover.theme) text(cover.theme, y + 18, style("italic", 15, "#dfe6ef"));

  if (cover.isSample) {
    const top = BAND_HEIGHT + 48;
    const height = 92;
    asArtifact(doc, () => {
      doc
        .rect(CONTENT.left, top, CONTENT.width, height)
        .lineWidth(1.5)
        .strokeColor(COLOR.sample)
        .stroke();
    });
    const after = text(reportText.sampleNotice, top + 14, style("bold", 18, COLOR.sample));
    text(reportText.sampleExplanation, after + 4, style("regular", 10, COLOR.text));
  }
  text(
    reportText.subject(cover.year),
    PAGE.height - PAGE.margin - 30,
    style("regular", 10, COLOR.muted),
  );
}
