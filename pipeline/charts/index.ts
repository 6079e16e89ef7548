// The charts stage (SPEC §6): tidy results → Vega-Lite specs → SVG. Builders are pure; only
// rendering touches vega, and nothing here reads or writes files.
export type { ChartDefinition, ChartKind, RenderedChart } from "./types.js";
export { parseTheme, type Theme } from "./theme.js";
export { chartsFromRequests, type ChartData } from "./chart-from-request.js";
export { CHART_KINDS, type ChartRequest } from "./chart-request.js";
export { trendChart, type TrendOptions } from "./trend.js";
export { groupedBarsChart, type GroupedBarsOptions } from "./grouped-bars.js";
export { divergingLikertChart, type LikertOptions } from "./diverging-likert.js";
export { changeDotsChart, type ChangeDotsOptions } from "./change-dots.js";
export { smallMultiplesChart, type SmallMultiplesOptions } from "./small-multiples.js";
export { renderChart, renderCharts } from "./render.js";
export { themedSpec } from "./themed-spec.js";
export type { ChartContext } from "./text.js";
