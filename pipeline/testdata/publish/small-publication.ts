// A publication of a few bytes per file, for the tests of publish and of the PDF ahead of it.
import type { RenderedChart } from "../../charts/types.js";
import type { Publication } from "../../publish/publish.js";

export function smallPublication(
  parts: { indicatorsCsv?: string; charts?: RenderedChart[]; pdf?: Uint8Array } = {},
): Publication {
  return {
    year: 2020,
    pdf: parts.pdf ?? new TextEncoder().encode("%PDF-1.7 test"),
    indicatorsCsv: parts.indicatorsCsv ?? "a\n1\n",
    microdataCsv: "year,id\n2020,K1\n",
    rejectsCsv: "file,line,column,code,message,raw\n",
    charts: parts.charts ?? [],
    web: new Map([["index.html", "<!doctype html>"]]),
    manifest: {
      tool: { name: "it-i-praksis", version: "0" },
      year: 2020,
      sample: true,
      weights: "calibrated",
      inputs: [],
      notices: [],
      templates: [],
      leftOut: [],
      versions: {},
      timingsMs: {},
    },
  };
}
