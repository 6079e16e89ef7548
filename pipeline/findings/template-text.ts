// The wording of a finding in findings.yaml: text with {placeholders} the build fills with
// numbers and words. One general rule: a placeholder written with a capital first letter
// ({Andel}) capitalises its value ("seks av ti" → "Seks av ti").

export type TextPart =
  | { literal: string }
  | {
      placeholder: string;
      /** Written {Andel}: the value gets a capital first letter. */ capitalised: boolean;
    };

/**
 * Splits "{Andel} av kommunene" into literal text and placeholders (their names in lower-case
 * first letter); undefined when a brace is unbalanced or a placeholder is empty.
 */
export function parseTemplateText(text: string): TextPart[] | undefined {
  const parts: TextPart[] = [];
  let rest = text;
  while (rest.length > 0) {
    const open = rest.indexOf("{");
    const close = rest.indexOf("}");
    if (open === -1) {
      if (close !== -1) return undefined;
      parts.push({ literal: rest });
      break;
    }
    if (close !== -1 && close < open) return undefined;
    const end = rest.indexOf("}", open);
    if (end === -1) return undefined;
    const name = rest.slice(open + 1, end);
    if (name.trim() !== name || name === "" || name.includes("{")) return undefined;
    if (open > 0) parts.push({ literal: rest.slice(0, open) });
    parts.push({ placeholder: uncapitalise(name), capitalised: name !== uncapitalise(name) });
    rest = rest.slice(end + 1);
  }
  return parts;
}

/** The placeholder names a text uses, each once, in order. */
export function placeholdersOf(parts: readonly TextPart[]): string[] {
  const names = parts.flatMap((p) => ("placeholder" in p ? [p.placeholder] : []));
  return [...new Set(names)];
}

/** The literal text between the placeholders, for checks on the analyst's own words. */
export function literalText(parts: readonly TextPart[]): string {
  return parts.map((p) => ("literal" in p ? p.literal : " ")).join("");
}

/** The text with every placeholder replaced by its value; undefined if a value is missing. */
export function fillTemplateText(
  parts: readonly TextPart[],
  values: ReadonlyMap<string, string>,
): string | undefined {
  let text = "";
  for (const part of parts) {
    if ("literal" in part) {
      text += part.literal;
      continue;
    }
    const value = values.get(part.placeholder);
    if (value === undefined) return undefined;
    text += part.capitalised ? capitalise(value) : value;
  }
  return text;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function uncapitalise(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
