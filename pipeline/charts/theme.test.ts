import { describe, expect, test } from "vitest";
import { themeText } from "../testdata/charts/inputs.js";
import { parseTheme } from "./theme.js";
import { vegaLiteConfig } from "./vega-lite-config.js";

describe("parseTheme", () => {
  test("reads templates/theme.json: Source Sans 3 and a fixed colour per sector", () => {
    const theme = parseTheme(themeText);
    expect(theme.font.family).toBe("Source Sans 3");
    expect(Object.keys(theme.colors.sectors)).toEqual(["stat", "kommune", "fylkeskommune", "alle"]);
  });

  test("a colour that is not #rrggbb is a template error naming the field", () => {
    const broken = JSON.parse(themeText) as { colors: { sectors: { stat: string } } };
    broken.colors.sectors.stat = "blue";
    expect(() => parseTheme(JSON.stringify(broken))).toThrow(
      expect.objectContaining({
        code: "TEMPLATE_THEME_INVALID",
        exitCode: 3,
        message: "colors.sectors.stat: expected a colour like #0072B2. Fix the theme file.",
      }),
    );
  });

  test("text that is not JSON is a template error", () => {
    expect(() => parseTheme("{ font: ")).toThrow(
      expect.objectContaining({ code: "TEMPLATE_THEME_INVALID" }),
    );
  });
});

describe("vegaLiteConfig", () => {
  test("sector colours are a named range in the fixed order stat, kommune, fylkeskommune, alle", () => {
    const theme = parseTheme(themeText);
    const config = vegaLiteConfig(theme) as { range: Record<string, string[]> };
    const { stat, kommune, fylkeskommune, alle } = theme.colors.sectors;
    expect(config.range.sector).toEqual([stat, kommune, fylkeskommune, alle]);
  });

  test("the likert range runs negative, neutral, positive with the neutral in the middle", () => {
    const theme = parseTheme(themeText);
    const config = vegaLiteConfig(theme) as { range: Record<string, string[]> };
    expect(config.range.likert).toHaveLength(5);
    expect(config.range.likert?.[2]).toBe(theme.colors.likert.neutral);
  });
});
