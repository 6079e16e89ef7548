// Every user-facing text of templates/findings.yaml's checks in one place (English, like the rest
// of the CLI): template errors, and the reasons a finding is left out of a year's report.
// Tests compare these exactly.

import { KINDS as KIND_NAMES } from "./kind-rules.js";

const list = (items: readonly string[]): string => (items.length ? items.join(", ") : "(none)");
const braces = (names: readonly string[]): string => list(names.map((n) => `{${n}}`));

/** Template errors of findings.yaml: `TEMPLATE_FINDING*` code → message builder. */
export const findingTemplateMessages = {
  TEMPLATE_FINDINGS_SYNTAX: (detail: string) =>
    `findings.yaml is not valid YAML: ${detail}. Indent each finding as in the examples at the top of the file, and put text with ":" or "{" in double quotes or after ">-".`,
  TEMPLATE_FINDINGS_INVALID: (detail: string) => `${detail}.`,
  TEMPLATE_FINDING_DUPLICATE: (id: string) =>
    `finding id "${id}" is used twice; give each finding its own id (the report refers to it as {{ finding "${id}" }}).`,
  TEMPLATE_FINDING_KIND_UNKNOWN: (kind: string, known: readonly string[], inThen = false) =>
    inThen && KIND_NAMES.includes(kind)
      ? `a sentence under "then:" cannot be of kind "${kind}", a finding of its own. Kinds of a sentence: ${list(known)}.`
      : `unknown kind "${kind}". Known kinds: ${list(known)}.`,
  TEMPLATE_FINDING_INDICATOR_UNKNOWN: (id: string, known: readonly string[]) =>
    `unknown indicator "${id}". Known indicator ids: ${list(known)}.`,
  TEMPLATE_FINDING_INDICATOR_MEASURE: (
    kind: string,
    id: string,
    needs: string,
    fitting: readonly string[],
  ) =>
    `a ${kind} finding needs ${needs}, and "${id}" is not one. Indicators that fit: ${list(fitting)}.`,
  TEMPLATE_FINDING_GROUP_UNKNOWN: (group: string, known: readonly string[]) =>
    `unknown group "${group}". Known groups: ${list(known)}.`,
  TEMPLATE_FINDING_GROUPS_INVALID: (detail: string) => `${detail}.`,
  TEMPLATE_FINDING_QUESTION_UNKNOWN: (key: string, known: readonly string[]) =>
    `"${key}" is not a multi-choice question with indicators. Questions a most-named finding can use: ${list(known)}.`,
  TEMPLATE_FINDING_OPTION_UNKNOWN: (option: string, question: string, known: readonly string[]) =>
    `"${question}" has no option "${option}" with an indicator. Options: ${list(known)}.`,
  TEMPLATE_FINDING_PLACEHOLDER_UNKNOWN: (name: string, kind: string, known: readonly string[]) =>
    `unknown placeholder {${name}} in a ${kind} finding. Placeholders here: ${braces(known)}, and a group id (${braces(["alle", "stat", "kommune", "fylkeskommune"])}, …); write one with a capital first letter ({Andel}) to capitalise its value.`,
  TEMPLATE_FINDING_PLACEHOLDER_MALFORMED: (text: string) =>
    `unbalanced "{" or "}" in ${JSON.stringify(text)}: write a placeholder as {name}, with nothing but its name between the braces.`,
  TEMPLATE_FINDING_PLACEHOLDER_MISSING: (kind: string, name: string, why: string) =>
    `the text of a ${kind} finding must contain {${name}}: ${why}.`,
  TEMPLATE_FINDING_SIGNIFICANCE_WORDING: (detail: string) => `${detail}.`,
} as const;

export type FindingTemplateErrorCode = keyof typeof findingTemplateMessages;

/** Details of TEMPLATE_FINDINGS_INVALID and its kin: what is wrong, then what to write. */
export const findingDetails = {
  notAList: () =>
    `findings.yaml must hold a list under "findings:", one entry per finding starting with "- id:"`,
  notAMap: (what: string) => `${what} must be a mapping of keys (id, kind, title, text, …)`,
  missingKey: (what: string, key: string, example: string) =>
    `${what} has no "${key}": add it, e.g. ${example}`,
  unknownKey: (what: string, key: string, known: readonly string[]) =>
    `${what} has no key "${key}". Keys it can have: ${list(known)}`,
  notText: (key: string) =>
    `"${key}" must be text; put it in double quotes if it starts with "{" or holds ": "`,
  notId: (id: string) =>
    `finding id "${id}" may hold only lower-case letters, digits and "-", like "kompetanse-stat"`,
  notCount: (key: string) => `"${key}" must be a whole number from 1 to 10`,
  notGroupList: (key: string) => `"${key}" must be a list of group ids, like [stat, kommune]`,
  variantsNotAllowed: (kind: string) =>
    `a ${kind} finding has one wording, not variants: write the text itself (variants are for change: rise, fall, uncertain; gap: significant, uncertain; level: majority, minority)`,
  variantMissing: (kind: string, key: string, state: string, states: readonly string[]) =>
    `the ${key} of a ${kind} finding gives variants but not "${state}": give all of ${list(states)}, or one text for all`,
  variantUnknown: (kind: string, state: string, states: readonly string[]) =>
    `a ${kind} finding has no variant "${state}". Its variants: ${list(states)}`,
  wordingInCode: (kind: string, key: string) =>
    `the wording of a ${kind} finding is written by the build (it is a generic list); remove "${key}"`,
  titleInThen: () =>
    `a sentence under "then:" has no title (the finding's title is the first sentence's); remove "title"`,
  nestedThen: () =>
    `a sentence under "then:" cannot have its own "then:"; list every sentence under the finding's "then:"`,
  idInThen: () => `a sentence under "then:" has no id of its own; remove "id"`,
  whenOnlyMostNamed: () => `"when" belongs to a most-named sentence; remove it`,
  thenOfGeneric: (kind: string) => `a ${kind} finding cannot have "then:" sentences; remove "then"`,
  scaleWords: (missing: string) =>
    `"words" of a scale-mean finding needs "${missing}": give low, middle and high, e.g. words: { low: begrenset, middle: moderat, high: omfattende }`,
  gapSectors: (groups: readonly string[]) =>
    `a gap compares two different sectors, sampled independently (stat, kommune, fylkeskommune); got ${list(groups)}. Write e.g. groups: [stat, kommune]`,
  gapsSectors: (groups: readonly string[]) =>
    `largest-gaps compares at least two different sectors (stat, kommune, fylkeskommune); got ${list(groups)}`,
  scaleGroups: () =>
    `"groups" of a scale-mean finding lists one or more groups, like [stat, kommune]`,
  riseOrFall: (kind: string, where: string, word: string) =>
    `the ${where} of a ${kind} finding says "${word}" in its own words, but only the build may call a change a rise or a fall (when p < 0,05): write {endring} and let the build word the change`,
  riseOrFallTitle: (kind: string, state: string | undefined, word: string) =>
    state === undefined
      ? `the title of a ${kind} finding says "${word}", but one title is used whether or not the change is significant: give the title as variants rise, fall and uncertain, and say rise only in "rise" and fall only in "fall"`
      : `the "${state}" title of a ${kind} finding says "${word}": say rise only in the "rise" variant and fall only in the "fall" variant; "uncertain" says neither`,
  gapRiseOrFall: (where: string, word: string) =>
    `the ${where} of a gap finding says "${word}", but a gap compares two sectors in one year, it does not rise or fall: state the difference with {forskjell}`,
  significanceWords: (kind: string, word: string) =>
    kind === "gap"
      ? `the text of a gap finding says "${word}", but the build ends the sentence by saying whether the gap is within the statistical uncertainty: remove "${word}"`
      : `the text of a ${kind} finding says "${word}", but {endring} already says whether the change is within the statistical uncertainty: remove "${word}"`,
  gapEnding: () =>
    `the text of a gap finding must not end with "${"."}" or other punctuation: the build ends it with "." or ", som er innenfor den statistiske usikkerheten." depending on significance`,
} as const;

/** Why a finding (or one of its `then:` sentences) is not in a year's report. */
export const unavailableReasons = {
  noEstimate: (indicator: string, group: string, year: number, note: string | undefined) =>
    `no estimate of ${indicator} for ${group} in ${year}${note ? ` (${note})` : ""}`,
  suppressed: (indicator: string, group: string, year: number, n: number) =>
    `the estimate of ${indicator} for ${group} in ${year} is suppressed (base n ${n} is under 5)`,
  previousYear: () => "the previous year",
  startsIn: (firstYear: number) => `the indicator starts in ${firstYear}`,
  lastAsked: (question: string, lastYear: number) =>
    `question ${question} was last asked in ${lastYear}`,
  notAsked: (question: string, year: number) => `question ${question} was not asked in ${year}`,
  noOptions: (question: string, group: string, year: number) =>
    `no option of ${question} has an estimate for ${group} in ${year}`,
  notMostNamed: (question: string, group: string, year: number, top: string, when: string) =>
    `the most named option of ${question} for ${group} in ${year} is "${top}", not "${when}" (when: ${when})`,
  noChanges: (group: string, previous: number, year: number) =>
    `no share indicator has an estimate for ${group} in both ${previous} and ${year}`,
  untested: (previous: number, year: number, largestId: string | undefined) =>
    `the changes from ${previous} to ${year} have no p-values, so none can be called significant` +
    (largestId ? `; finding ${largestId} states the largest difference instead` : ""),
  noGaps: (sectors: readonly string[], year: number) =>
    `no share indicator has an estimate for at least two of ${list(sectors)} in ${year}`,
  sentenceLeftOut: (n: number, kind: string, reason: string) =>
    `sentence ${n} (${kind}) is left out: ${reason}`,
} as const;
