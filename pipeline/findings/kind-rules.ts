// The kinds of finding a template may declare, and what each lets the analyst write: its keys,
// the variants of its title and text, its placeholders. How each kind reads the data and words
// its numbers is in kinds/; findings.yaml's header documents the same for the analyst.

/** Kinds that make one sentence; a finding is one of them, optionally followed by `then:`. */
export const SENTENCE_KINDS = ["change", "level", "gap", "most-named", "scale-mean"] as const;
export type SentenceKind = (typeof SENTENCE_KINDS)[number];

/** Kinds that write a generic list from every indicator; their wording is in code. */
export const LIST_KINDS = ["significant-changes", "largest-gaps"] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export const KINDS: readonly string[] = [...SENTENCE_KINDS, ...LIST_KINDS];

export interface SentenceKindRules {
  /** Keys of the kind's data, besides kind, text (and id, title, then for a finding). */
  keys: readonly string[];
  /** Variants a title or text may give, chosen by the build from the data. */
  states: readonly string[] | undefined;
  /** Placeholders of the kind, besides the group ids and {år}. */
  placeholders: readonly string[];
  /** A placeholder the text must use, and why. */
  required: { name: string; why: string } | undefined;
}

export const SENTENCE_KIND_RULES: Readonly<Record<SentenceKind, SentenceKindRules>> = {
  change: {
    keys: ["indicator", "group"],
    states: ["rise", "fall", "uncertain"],
    placeholders: ["endring", "forrige_år"],
    required: {
      name: "endring",
      why: "it words the change, a rise or a fall only when it is significant",
    },
  },
  level: {
    keys: ["indicator", "group"],
    states: ["majority", "minority"],
    placeholders: ["andel"],
    required: undefined,
  },
  gap: {
    keys: ["indicator", "groups"],
    states: ["significant", "uncertain"],
    placeholders: ["forskjell", "leder"],
    required: { name: "forskjell", why: "it states the gap in percentage points (pp)" },
  },
  "most-named": {
    keys: ["question", "group", "when"],
    states: undefined,
    placeholders: ["option", "andel"],
    required: undefined,
  },
  "scale-mean": {
    keys: ["indicator", "groups", "words"],
    states: undefined,
    placeholders: ["grad"],
    required: undefined,
  },
};

/** Placeholders every kind has besides its own: the report year. */
export const COMMON_PLACEHOLDERS = ["år"] as const;

export const LIST_KIND_KEYS: Readonly<Record<ListKind, readonly string[]>> = {
  "significant-changes": ["named", "largest_id"],
  "largest-gaps": ["groups", "named"],
};

/** How many indicators a list kind names when `named` is not given. */
export const DEFAULT_NAMED = 3;

export function isSentenceKind(kind: string): kind is SentenceKind {
  return (SENTENCE_KINDS as readonly string[]).includes(kind);
}

export function isListKind(kind: string): kind is ListKind {
  return (LIST_KINDS as readonly string[]).includes(kind);
}
