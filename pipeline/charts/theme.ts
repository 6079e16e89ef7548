// The chart theme (templates/theme.json, SPEC §6): font, sizes and the colour-blind-safe palette.
// Parsing is pure; reading the file is the caller's job. A bad theme is a template error.
import { z } from "zod";
import { ItipError, ExitCode } from "../errors.js";

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, "expected a colour like #0072B2");
const points = z.number().positive();

const themeSchema = z.object({
  font: z.object({
    family: z.string().min(1),
    size: z.object({
      title: points,
      axisTitle: points,
      axisLabel: points,
      legendTitle: points,
      legendLabel: points,
      valueLabel: points,
    }),
  }),
  size: z.object({ width: points, height: points, barStep: points, padding: z.number().min(0) }),
  colors: z.object({
    text: color,
    axis: color,
    grid: color,
    background: color,
    singleSeries: color,
    sectors: z.object({ stat: color, kommune: color, fylkeskommune: color, alle: color }),
    likert: z.object({
      /** Strongest first: [svært uenig, uenig]. */
      negative: z.tuple([color, color]),
      neutral: color,
      /** Weakest first: [enig, svært enig]. */
      positive: z.tuple([color, color]),
      vetIkke: color,
    }),
  }),
  ciBandOpacity: z.number().min(0).max(1),
});

export type Theme = z.infer<typeof themeSchema>;

export function parseTheme(text: string, file = "templates/theme.json"): Theme {
  const fail = (message: string): never => {
    throw new ItipError("TEMPLATE_THEME_INVALID", message, {
      exitCode: ExitCode.template,
      location: { file },
    });
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message}). Fix the theme file.`);
  }
  const result = themeSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    return fail(
      `${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}. Fix the theme file.`,
    );
  }
  return result.data;
}
