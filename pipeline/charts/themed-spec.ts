// The spec as published (charts/<id>.vl.json): the chart's spec with the theme as its config.
import type { Theme } from "./theme.js";
import type { ChartDefinition } from "./types.js";
import { vegaLiteConfig } from "./vega-lite-config.js";

export function themedSpec(def: ChartDefinition, theme: Theme): Record<string, unknown> {
  const config = { ...vegaLiteConfig(theme), ...(def.spec.config as object | undefined) };
  return { ...def.spec, config };
}
