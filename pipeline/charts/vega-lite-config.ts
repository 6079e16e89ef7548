// The theme as a Vega-Lite config. Specs refer to the theme by name only — the named ranges
// "sector" and "likert" and the mark styles below — so a chart builder needs no theme and a
// changed theme.json recolours every chart.
import { NUMBER_LOCALE } from "./number-locale.js";
import type { Theme } from "./theme.js";

/** Named colour ranges and mark styles a spec may use. */
export const RANGE = { sector: "sector", likert: "likert", single: "single" } as const;
export const STYLE = { vetIkke: "vet-ikke", ciBand: "ci-band", valueLabel: "value-label" } as const;

export function vegaLiteConfig(theme: Theme): Record<string, unknown> {
  const { font, colors, size } = theme;
  const { sectors, likert } = colors;
  return {
    locale: { number: NUMBER_LOCALE },
    font: font.family,
    background: colors.background,
    padding: size.padding,
    view: { continuousWidth: size.width, continuousHeight: size.height, stroke: null },
    title: {
      fontSize: font.size.title,
      fontWeight: "bold",
      color: colors.text,
      anchor: "start",
    },
    axis: {
      labelFontSize: font.size.axisLabel,
      titleFontSize: font.size.axisTitle,
      titleFontWeight: "normal",
      labelColor: colors.text,
      titleColor: colors.text,
      domainColor: colors.axis,
      tickColor: colors.axis,
      gridColor: colors.grid,
      labelLimit: 400,
    },
    legend: {
      labelFontSize: font.size.legendLabel,
      titleFontSize: font.size.legendTitle,
      titleFontWeight: "bold",
      labelColor: colors.text,
      titleColor: colors.text,
      labelLimit: 400,
      orient: "bottom",
      direction: "horizontal",
      symbolSize: 60,
    },
    header: { labelFontSize: font.size.axisLabel, titleFontSize: font.size.axisTitle },
    bar: { color: colors.singleSeries },
    line: { color: colors.singleSeries, strokeWidth: 2 },
    point: { color: colors.singleSeries, filled: true },
    text: { fontSize: font.size.valueLabel, color: colors.text },
    range: {
      [RANGE.sector]: [sectors.stat, sectors.kommune, sectors.fylkeskommune, sectors.alle],
      [RANGE.likert]: [...likert.negative, likert.neutral, ...likert.positive],
      [RANGE.single]: [colors.singleSeries],
    },
    style: {
      [STYLE.vetIkke]: { fill: likert.vetIkke, color: likert.vetIkke },
      [STYLE.ciBand]: { opacity: theme.ciBandOpacity },
      [STYLE.valueLabel]: { fontSize: font.size.valueLabel, fill: colors.text },
    },
  };
}

/** The 95 % interval as a shaded band under a trend line, drawn only where CIs exist. */
export function ciBandLayer() {
  return {
    transform: [{ filter: "isValid(datum.ciLow) && isValid(datum.ciHigh)" }],
    mark: { type: "area", style: STYLE.ciBand },
    encoding: { y: { field: "ciLow", type: "quantitative" }, y2: { field: "ciHigh" } },
  };
}
