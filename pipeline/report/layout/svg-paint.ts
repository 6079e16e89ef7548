// The presentation attributes of a chart's SVG, resolved down the tree the way SVG inherits them.
import { unsupported } from "./parse-chart-svg.js";

export interface Colour {
  /** A colour pdfkit reads: "#rrggbb" or a CSS colour name. */
  color: string;
  /** Its alpha, from rgba(). */
  alpha: number;
}

export interface Paint {
  fill: Colour | undefined;
  fillOpacity: number;
  stroke: Colour | undefined;
  strokeOpacity: number;
  strokeWidth: number;
  lineCap: "butt" | "round" | "square";
  lineJoin: "miter" | "round" | "bevel";
  miterLimit: number;
  dash: number[];
  dashOffset: number;
  /**
   * The product of the element's and its groups' `opacity`. SVG composites a translucent group
   * as a whole; multiplying is the same for Vega's charts, whose translucent marks do not overlap
   * their own group's other marks.
   */
  opacity: number;
  fontSize: number;
  fontWeight: "normal" | "bold";
  fontStyle: "normal" | "italic";
  textAnchor: "start" | "middle" | "end";
}

/** SVG's initial values. */
export const INITIAL_PAINT: Paint = {
  fill: { color: "#000000", alpha: 1 },
  fillOpacity: 1,
  stroke: undefined,
  strokeOpacity: 1,
  strokeWidth: 1,
  lineCap: "butt",
  lineJoin: "miter",
  miterLimit: 4,
  dash: [],
  dashOffset: 0,
  opacity: 1,
  fontSize: 16,
  fontWeight: "normal",
  fontStyle: "normal",
  textAnchor: "start",
};

/** Attributes that carry geometry or meaning for screen readers, not paint. */
const NOT_PAINT = new Set([
  "xmlns",
  "xmlns:xlink",
  "version",
  "viewBox",
  "class",
  "role",
  "pointer-events",
  "display",
  "transform",
  "d",
  "x",
  "y",
  "x1",
  "y1",
  "x2",
  "y2",
  "width",
  "height",
  "points",
  // The PDF has one font family, the theme's; the SVG names it for web use.
  "font-family",
]);

type PaintRule = (paint: Paint, value: string, chartId: string) => void;

const PAINT_RULES = new Map<string, PaintRule>(
  Object.entries({
    fill: (paint, value, id) => (paint.fill = colour(value, id)),
    "fill-opacity": (paint, value) => (paint.fillOpacity = Number(value)),
    stroke: (paint, value, id) => (paint.stroke = colour(value, id)),
    "stroke-opacity": (paint, value) => (paint.strokeOpacity = Number(value)),
    "stroke-width": (paint, value) => (paint.strokeWidth = parseFloat(value)),
    "stroke-linecap": (paint, value, id) => (paint.lineCap = oneOf(value, LINE_CAPS, id)),
    "stroke-linejoin": (paint, value, id) => (paint.lineJoin = oneOf(value, LINE_JOINS, id)),
    "stroke-miterlimit": (paint, value) => (paint.miterLimit = parseFloat(value)),
    "stroke-dasharray": (paint, value) =>
      (paint.dash = value === "none" ? [] : value.split(/[\s,]+/).map(Number)),
    "stroke-dashoffset": (paint, value) => (paint.dashOffset = parseFloat(value)),
    opacity: (paint, value) => (paint.opacity *= Number(value)),
    "font-size": (paint, value) => (paint.fontSize = parseFloat(value)),
    "font-weight": (paint, value) =>
      (paint.fontWeight = value === "bold" || Number(value) >= 600 ? "bold" : "normal"),
    "font-style": (paint, value) => (paint.fontStyle = value === "italic" ? "italic" : "normal"),
    "text-anchor": (paint, value, id) => (paint.textAnchor = oneOf(value, TEXT_ANCHORS, id)),
  } satisfies Record<string, PaintRule>),
);

const LINE_CAPS = ["butt", "round", "square"] as const;
const LINE_JOINS = ["miter", "round", "bevel"] as const;
const TEXT_ANCHORS = ["start", "middle", "end"] as const;

/**
 * The paint of an element: its parent's, overridden by its own attributes. An element without
 * paint attributes of its own (most groups and paths) shares its parent's paint object.
 */
export function inheritedPaint(
  inherited: Paint,
  attributes: Readonly<Record<string, string>>,
  chartId: string,
): Paint {
  let paint: Paint | undefined;
  for (const name in attributes) {
    if (NOT_PAINT.has(name) || name.startsWith("aria-")) continue;
    const value = attributes[name]!;
    const rule = PAINT_RULES.get(name);
    if (!rule) throw unsupported(chartId, `the attribute ${name}="${value}"`);
    paint ??= { ...inherited };
    rule(paint, value, chartId);
  }
  return paint ?? inherited;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGB = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/i;
const NAME = /^[a-z]+$/i;

function colour(value: string, chartId: string): Colour | undefined {
  if (value === "none" || value === "transparent") return undefined;
  if (HEX.test(value) || NAME.test(value)) return { color: value, alpha: 1 };
  const rgb = RGB.exec(value);
  if (rgb) {
    const hex = rgb.slice(1, 4).map((c) => Number(c).toString(16).padStart(2, "0"));
    return { color: `#${hex.join("")}`, alpha: rgb[4] === undefined ? 1 : Number(rgb[4]) };
  }
  throw unsupported(chartId, `the colour "${value}"`);
}

/** How opaque a fill or stroke is drawn. */
export function fillOpacity(paint: Paint): number {
  return (paint.fill?.alpha ?? 0) * paint.fillOpacity * paint.opacity;
}

export function strokeOpacity(paint: Paint): number {
  return (paint.stroke?.alpha ?? 0) * paint.strokeOpacity * paint.opacity;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], chartId: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw unsupported(chartId, `the value "${value}"`);
}
