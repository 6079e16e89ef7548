// Stage 5 in a build session: chartsFromRequests and renderCharts, chart by chart, remembering
// each chart's definition by its request and the data, and its drawing by the content of its final
// Vega-Lite spec (the theme included as config) and the theme's font. A template edit that leaves
// a chart's spec as it was does not draw the chart again.
import { contentKey, type BuildSession } from "../build-session.js";
import type { ChartRequest } from "./chart-request.js";
import { chartsFromRequests, type ChartData } from "./chart-from-request.js";
import { renderChart } from "./render.js";
import { themedSpec } from "./themed-spec.js";
import type { Theme } from "./theme.js";
import type { ChartDefinition, RenderedChart } from "./types.js";

export async function chartsInSession(
  session: BuildSession,
  requests: readonly ChartRequest[],
  data: ChartData,
  theme: Theme,
): Promise<RenderedChart[]> {
  const dataInputs = [
    data.year,
    data.estimates,
    data.distributions,
    data.definitions,
    data.questionnaire,
    data.isSample,
    data.index,
  ];
  const rendered: RenderedChart[] = [];
  // One after another: vega's text metrics and SVG ids are global.
  for (const request of requests) {
    const definition = session.memo(
      `charts:spec ${request.id}`,
      [JSON.stringify(request), ...dataInputs],
      () => chartsFromRequests([request], data)[0]!,
    );
    const key = drawingKey(definition, theme);
    const drawn = await session.keyed("charts:draw", key, definition.id, () =>
      renderChart(definition, theme),
    );
    rendered.push(sameWords(drawn, definition) ? drawn : { ...drawn, ...wordsOf(definition) });
  }
  return rendered;
}

/** The drawing's content key, computed once per definition and theme (a definition is kept). */
const drawingKeys = new WeakMap<ChartDefinition, { theme: Theme; key: string }>();

function drawingKey(definition: ChartDefinition, theme: Theme): string {
  const known = drawingKeys.get(definition);
  if (known?.theme === theme) return known.key;
  const key = contentKey([themedSpec(definition, theme), theme.font.family]);
  drawingKeys.set(definition, { theme, key });
  return key;
}

/** What a chart says around its drawing: the same drawing can come with other words. */
function wordsOf(d: ChartDefinition) {
  const { id, kind, title, caption, altText, numbers } = d;
  return { id, kind, title, caption, altText, numbers };
}

function sameWords(a: ChartDefinition, b: ChartDefinition): boolean {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  return (Object.keys(x) as Array<keyof typeof x>).every((k) =>
    k === "numbers" ? JSON.stringify(x[k]) === JSON.stringify(y[k]) : x[k] === y[k],
  );
}
