// The key="value" arguments of a directive: tokens → a map, and the typed readers every
// directive shares (lists, integers, one of a set), each failing with the directive's location.
import type { SourceLocation } from "../../errors.js";
import { templateError } from "./template-error.js";

export type Token = { type: "word" | "string" | "number"; value: string } | { type: "equals" };

/** `key=value` tokens → a map, checked against the arguments `directive` takes. */
export function parseArguments(
  tokens: readonly Token[],
  directive: string,
  allowed: readonly string[],
  location: Required<SourceLocation>,
): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < tokens.length; i += 3) {
    const [key, equals, value] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (key?.type !== "word") {
      const what = key?.type === "string" ? `unexpected "${key.value}"` : 'unexpected "="';
      throw templateError("TEMPLATE_DIRECTIVE_MALFORMED", location, what);
    }
    if (equals?.type !== "equals" || !value || value.type === "equals")
      throw templateError("TEMPLATE_DIRECTIVE_MALFORMED", location, `write ${key.value}="value"`);
    if (!allowed.includes(key.value))
      throw templateError("TEMPLATE_ARGUMENT_UNKNOWN", location, directive, key.value, allowed);
    if (args.has(key.value))
      throw templateError("TEMPLATE_DIRECTIVE_MALFORMED", location, `${key.value} is given twice`);
    args.set(key.value, value.value);
  }
  return args;
}

/** "a, b,c" → ["a", "b", "c"]; undefined when the argument is not given. */
export function listArgument(args: Map<string, string>, name: string): string[] | undefined {
  const raw = args.get(name);
  if (raw === undefined) return undefined;
  return raw
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export function integerArgument(
  args: Map<string, string>,
  name: string,
  location: Required<SourceLocation>,
  expected: string,
): number | undefined {
  const raw = args.get(name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw))
    throw templateError("TEMPLATE_ARGUMENT_INVALID", location, name, raw, `use ${expected}`);
  return Number(raw);
}

/** "4, 3, 2, 1" → [4, 3, 2, 1]. */
export function integerListArgument(
  args: Map<string, string>,
  name: string,
  location: Required<SourceLocation>,
  expected: string,
): number[] | undefined {
  const items = listArgument(args, name);
  if (items === undefined) return undefined;
  if (items.length === 0 || items.some((item) => !/^\d+$/.test(item)))
    throw templateError(
      "TEMPLATE_ARGUMENT_INVALID",
      location,
      name,
      args.get(name) ?? "",
      `use ${expected}`,
    );
  return items.map(Number);
}

export function oneOf<T extends string>(
  args: Map<string, string>,
  name: string,
  allowed: readonly T[],
  location: Required<SourceLocation>,
): T | undefined {
  const raw = args.get(name);
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw))
    throw templateError(
      "TEMPLATE_ARGUMENT_INVALID",
      location,
      name,
      raw,
      `use one of ${allowed.join(", ")}`,
    );
  return raw as T;
}

/** A required argument; its absence names the argument and shows an example. */
export function requiredArgument(
  args: Map<string, string>,
  name: string,
  directive: string,
  example: string,
  location: Required<SourceLocation>,
): string {
  const value = args.get(name);
  if (value === undefined || value.trim() === "")
    throw templateError("TEMPLATE_ARGUMENT_MISSING_NAMED", location, directive, name, example);
  return value;
}
