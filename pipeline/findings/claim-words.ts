// Words that claim what only the data may claim (SPEC §5, §7): a rise or a fall is told only when
// the change is significant, and only the build says whether a result is within the statistical
// uncertainty. The checks of findings.yaml look for these words in the analyst's own text.

const RISE = [
  "flere",
  "oppgang",
  "oppgangen",
  "steg",
  "stiger",
  "stigende",
  "stigning",
  "stigningen",
  "vekst",
  "veksten",
  "vokser",
  "vokste",
  "økende",
  "øker",
  "økning",
  "økningen",
  "økt",
  "økte",
];
const FALL = [
  "faller",
  "falt",
  "færre",
  "minsker",
  "minsket",
  "nedgang",
  "nedgangen",
  "reduksjon",
  "reduksjonen",
  "sank",
  "synkende",
  "synker",
];
/** Stems: "signifikant", "signifikante", "usikkerhet", "usikkerheten", "usikker". */
const SIGNIFICANCE_STEMS = ["signifikan", "usikker"];

const words = (list: readonly string[]) =>
  new RegExp(`(?<!\\p{L})(${list.join("|")})(?!\\p{L})`, "iu");
const RISE_WORD = words(RISE);
const FALL_WORD = words(FALL);
const SIGNIFICANCE_WORD = new RegExp(
  `(?<!\\p{L})((?:${SIGNIFICANCE_STEMS.join("|")})\\p{L}*)`,
  "iu",
);

/** The first word that tells a rise ("økte", "flere", …), as written; undefined if none. */
export function riseWord(text: string): string | undefined {
  return RISE_WORD.exec(text)?.[1];
}

/** The first word that tells a fall ("falt", "færre", …), as written; undefined if none. */
export function fallWord(text: string): string | undefined {
  return FALL_WORD.exec(text)?.[1];
}

/** The first word that speaks of significance or uncertainty; undefined if none. */
export function significanceWord(text: string): string | undefined {
  return SIGNIFICANCE_WORD.exec(text)?.[1];
}
