// Free-text comments ("kommenta"): Norwegian sentences with the characters an importer must
// survive: `;` and `,`, double quotes, line breaks, æøå, and text that starts with `=`, `+`, `-`
// or `@` (a spreadsheet would read those as formulas). Only Windows-1252 characters, so the same
// text can be written in every dialect.
import type { Random } from "../seeded-random.js";

const SENTENCES: readonly string[] = [
  "Vi har startet arbeidet med en ny digitaliseringsstrategi; budsjettet er likevel stramt.",
  'Innbyggerne bruker "Min side" mer enn før, men mange ringer fortsatt servicetorget.',
  "Det er vanskelig å rekruttere folk med riktig kompetanse, særlig innen arkitektur og data.",
  "Spørsmålet om tjenestenivå var vanskelig å svare på: vi har både enkle og avanserte tjenester.",
  "Vi savner felles løsninger fra staten, f.eks. for innsyn, varsling og betaling.",
  "Gjenbruk av data er krevende; hjemmel, personvern og datakvalitet, i den rekkefølgen.",
  "Ansatte i helse og omsorg trenger mer opplæring i de nye fagsystemene.",
  "Interkommunalt samarbeid om IT har gitt oss mer kapasitet enn vi kunne fått alene.",
  'Leverandøren kaller det "skybasert", men vi merker lite til gevinstene.',
  "Vi har fått på plass e-signering og digital post; neste steg er selvbetjening.",
  "Økonomisjefen og rådmannen er positive, men prioriteringene endres hvert år.",
  "Undersøkelsen er for lang, og noen spørsmål passer dårlig for små virksomheter.",
  "Vi deler data med Skatteetaten og NAV, men sjelden med nabokommunene.",
  "Mye av saksbehandlingen går fortsatt via e-post, Excel og papir.",
  "Takk for en nyttig undersøkelse!",
];

const PANDEMIC_SENTENCES: readonly string[] = [
  "Koronapandemien tvang oss over på hjemmekontor; Teams og digitale møter kom på få uker.",
  'Under pandemien ble "digitalt førstevalg" plutselig en selvfølge for alle.',
  "Vi har digitalisert mer på tre måneder enn på tre år.",
];

/** Openings that a spreadsheet would take for a formula. */
const RISKY_OPENINGS: readonly string[] = [
  "=) Fint at dere spør om dette.",
  "+ Bedre samarbeid med KS og fylkeskommunen.",
  "- Lite ressurser til IT i år.",
  "-1 på spørsmålet om budsjett: tallet er et anslag.",
  "@IT-sjefen: supplerende svar kommer på e-post.",
];

function pick<T>(items: readonly T[], random: Random): T {
  return items[random.int(items.length)] as T;
}

/** A comment of one to three sentences, sometimes over several lines. */
export function drawComment(random: Random, year: number): string {
  const pool = year >= 2020 ? [...SENTENCES, ...PANDEMIC_SENTENCES] : SENTENCES;
  const count = 1 + random.int(3);
  const sentences: string[] = [];
  if (random.chance(0.15)) sentences.push(pick(RISKY_OPENINGS, random));
  while (sentences.length < count) {
    const sentence = pick(pool, random);
    if (!sentences.includes(sentence)) sentences.push(sentence);
  }
  const separator = random.chance(0.3) ? "\n" : " ";
  return sentences.join(separator);
}
