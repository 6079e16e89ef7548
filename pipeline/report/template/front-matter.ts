// Optional YAML front matter of report.md: the cover's wording lives in the template, so that
// an analyst can retitle an edition without touching code.
//
//   ---
//   subtitle: Norges digitale status
//   theme: Digital transformasjon over natten      (or per year:  theme: { 2020: … })
//   ---
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { templateError } from "./template-error.js";

const frontMatterSchema = z
  .object({
    title: z.string().optional(),
    subtitle: z.string().optional(),
    /** One theme for every year, or one per year (`2020: Digital transformasjon over natten`). */
    theme: z.union([z.string(), z.record(z.string().regex(/^\d{4}$/), z.string())]).optional(),
    author: z.string().optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Splits the front matter off; its lines become blank so that line numbers stay true. */
export function splitFrontMatter(
  text: string,
  file: string,
): { frontMatter: FrontMatter; body: string } {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== "---") return { frontMatter: {}, body: text };
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  const location = { file, line: 1, column: 1 };
  if (end < 0)
    throw templateError("TEMPLATE_FRONT_MATTER_INVALID", location, 'it has no closing "---"');
  let raw: unknown;
  try {
    raw = parseYaml(lines.slice(1, end).join("\n")) ?? {};
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw templateError("TEMPLATE_FRONT_MATTER_INVALID", location, detail);
  }
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw templateError(
      "TEMPLATE_FRONT_MATTER_INVALID",
      location,
      `${issue?.path.join(".") || "front matter"}: ${issue?.message ?? "invalid"}`,
    );
  }
  const body = [...lines.slice(0, end + 1).map(() => ""), ...lines.slice(end + 1)].join("\n");
  return { frontMatter: parsed.data, body };
}

/** The cover's theme line for a year: a per-year theme names only the years it belongs to. */
export function themeOfYear(theme: FrontMatter["theme"], year: number): string | undefined {
  return typeof theme === "object" ? theme[String(year)] : theme;
}
