/** The size a chart is drawn at: its own size, shrunk (never enlarged) to fit the box. */
export function fitSize(
  source: { width: number; height: number },
  box: { width: number; height: number },
): { width: number; height: number } {
  const scale = Math.min(1, box.width / source.width, box.height / source.height);
  return { width: source.width * scale, height: source.height * scale };
}
