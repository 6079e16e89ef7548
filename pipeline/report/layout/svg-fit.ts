// Prepares a chart's SVG for svg-to-pdfkit: the root width/height set to the size it is drawn at
// (with a viewBox, so the drawing scales instead of being cropped), and numeric font weights
// turned into "bold", the only weight svg-to-pdfkit recognises.
export function fitSvg(
  svg: string,
  width: number,
  height: number,
  source: { width: number; height: number },
): string {
  const fitted = svg.replace(/<svg\b[^>]*>/, (tag) => {
    let out = tag.replace(/\s(width|height)="[^"]*"/g, "");
    if (!/\sviewBox=/.test(out))
      out = out.replace(/^<svg/, `<svg viewBox="0 0 ${source.width} ${source.height}"`);
    return out.replace(/^<svg/, `<svg width="${round(width)}" height="${round(height)}"`);
  });
  return withoutInvisibles(fitted)
    .replace(/font-weight="(?:[6-9]00|bolder)"/g, 'font-weight="bold"')
    .replace(/font-weight:\s*(?:[6-9]00|bolder)/g, "font-weight: bold");
}

/** The size a chart is drawn at: its own size, shrunk (never enlarged) to fit the box. */
export function fitSize(
  source: { width: number; height: number },
  box: { width: number; height: number },
): { width: number; height: number } {
  const scale = Math.min(1, box.width / source.width, box.height / source.height);
  return { width: source.width * scale, height: source.height * scale };
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Drops what a printed chart does not need and svg-to-pdfkit would still parse and style:
 * Vega's accessibility and interaction attributes (the PDF carries the chart's alt text
 * instead), empty background paths and hidden elements. Halves the work for a Vega chart.
 */
export function withoutInvisibles(svg: string): string {
  return svg
    .replace(/\s(?:class|role|aria-[a-z]+|pointer-events)="[^"]*"/g, "")
    .replace(/<path\b[^>]*\sd="(?:M0,0h0v0h0Z)?"[^>]*\/>/g, "")
    .replace(/<path\b[^>]*\sdisplay="none"[^>]*\/>/g, "");
}
