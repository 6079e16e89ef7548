// Markdown inline tokens (marked) → runs of text in one style. Emphasis is italic, strong is
// bold; links, code and inline HTML are shown as their text.
import type { Token, Tokens } from "marked";
import type { Run, TextStyle } from "../blocks.js";

export function inlineRuns(
  tokens: readonly Token[] | undefined,
  style: TextStyle = "regular",
): Run[] {
  return mergeRuns(collect(tokens ?? [], style));
}

function collect(tokens: readonly Token[], style: TextStyle): Run[] {
  return tokens.flatMap((token): Run[] => {
    switch (token.type) {
      case "strong":
        return collect((token as Tokens.Strong).tokens, "bold");
      case "em":
        return collect((token as Tokens.Em).tokens, style === "bold" ? "bold" : "italic");
      case "br":
        return [{ text: " ", style }];
      case "text":
      case "link":
      case "del": {
        const nested = (token as Tokens.Text).tokens;
        return nested?.length ? collect(nested, style) : [{ text: token.text as string, style }];
      }
      default:
        // escape, codespan, inline html: their text
        return [{ text: String((token as { text?: unknown }).text ?? token.raw), style }];
    }
  });
}

/** Joins neighbours of the same style; line breaks inside a paragraph become spaces. */
function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const text = run.text.replace(/\s*\n\s*/g, " ");
    const last = merged[merged.length - 1];
    if (last && last.style === run.style) last.text += text;
    else if (text) merged.push({ text, style: run.style });
  }
  return merged;
}
