// Every user-facing text of the report stage in one place: template error messages (English,
// like the rest of the CLI) and the fixed Norwegian wording of the report itself.
import type { Sector } from "../ingest/types.js";

const list = (items: readonly string[]): string => (items.length ? items.join(", ") : "(none)");

/** Template errors: `TEMPLATE_*` code → message builder. Tests compare these exactly. */
export const templateMessages = {
  TEMPLATE_DIRECTIVE_UNCLOSED: () => `directive is not closed: end it with "}}" on the same line.`,
  TEMPLATE_DIRECTIVE_MALFORMED: (detail: string) =>
    `malformed directive: ${detail}. Write it like {{ indicator "avanserte-tjenester" group="kommune" }}.`,
  TEMPLATE_DIRECTIVE_UNKNOWN: (name: string, known: readonly string[]) =>
    `unknown directive "${name}". Known directives: ${list(known)}.`,
  TEMPLATE_ARGUMENT_UNKNOWN: (directive: string, name: string, known: readonly string[]) =>
    `directive "${directive}" has no argument "${name}". Known arguments: ${list(known)}.`,
  TEMPLATE_ARGUMENT_MISSING: (directive: string, example: string) =>
    `directive "${directive}" needs an id in quotes: ${example}.`,
  TEMPLATE_ARGUMENT_INVALID: (name: string, value: string, expected: string) =>
    `${name}=${JSON.stringify(value)} is not valid: ${expected}.`,
  TEMPLATE_DIRECTIVE_NOT_ALONE: (directive: string) =>
    `{{ ${directive} }} inserts a block: put it on a line of its own.`,
  TEMPLATE_INDICATOR_UNKNOWN: (id: string, known: readonly string[]) =>
    `unknown indicator "${id}". Known indicator ids: ${list(known)}.`,
  TEMPLATE_GROUP_UNKNOWN: (group: string, known: readonly string[]) =>
    `unknown group "${group}". Known groups: ${list(known)}.`,
  TEMPLATE_CHART_UNKNOWN: (id: string, known: readonly string[]) =>
    `unknown chart "${id}". Known chart ids: ${list(known)}.`,
  TEMPLATE_FINDING_UNKNOWN: (id: string, known: readonly string[]) =>
    `unknown finding "${id}". Known finding ids: ${list(known)}.`,
  TEMPLATE_ESTIMATE_MISSING: (id: string, group: string, year: number, years: readonly number[]) =>
    `no estimate of "${id}" for group "${group}" in ${year}. Years with estimates: ${list(years.map(String))}.`,
  TEMPLATE_FORMAT_INVALID: (id: string, format: string) =>
    `format "${format}" needs a share indicator, but "${id}" is a mean: use format="number".`,
  TEMPLATE_MARKDOWN_UNSUPPORTED: (kind: string) =>
    `Markdown element "${kind}" is not supported in the report: use headings (#, ##), paragraphs, bullet lists, *emphasis* and **bold**.`,
  TEMPLATE_FRONT_MATTER_INVALID: (detail: string) =>
    `front matter is invalid: ${detail}. Allowed keys: title, subtitle, theme, author.`,
} as const;

export type TemplateErrorCode = keyof typeof templateMessages;

/** The report's own words (Norwegian, bokmål). */
export const reportText = {
  sampleNotice: "Eksempeldata – syntetiske svar",
  sampleExplanation:
    "Tallene i denne rapporten er beregnet fra syntetiske svar laget av en deterministisk generator. De beskriver ikke virkelige virksomheter.",
  defaultTitle: (year: number) => `IT i praksis ${year}`,
  defaultSubtitle: "Norges digitale status",
  defaultAuthor: "IT i praksis",
  subject: (year: number) =>
    `Digitalisering i offentlig sektor ${year}: status og utvikling etter sektor`,
  footer: (title: string, isSample: boolean) =>
    isSample ? `${title} · Eksempeldata – syntetiske svar` : title,
  tocTitle: "Innhold",
  figureLabel: (n: number, title: string) => `Figur ${n}: ${title}`,
  tableLabel: (n: number, title: string) => `Tabell ${n}: ${title}`,
  suppressed: ":",
  methodology: {
    frameTitle: "Utvalg og svarprosent",
    frameIntro: (year: number, organisations: string) =>
      `Undersøkelsen er en tilnærmet totaltelling. I ${year} ble ${organisations} virksomheter invitert: alle statlige virksomheter i rammen, alle kommuner og alle fylkeskommuner. Tabellen viser rammen, antall fullførte og delvise svar og svarprosenten per sektor.`,
    frameTableTitle: (year: number) => `Ramme og svarprosent etter sektor, ${year}`,
    frameTableColumns: [
      "Sektor",
      "Ramme (N)",
      "Fullført",
      "Delvis",
      "Svarprosent",
      "Vekt (N/n)",
    ] as const,
    total: "Totalt",
    frameTableSource: (year: number) =>
      `Svarprosent = (fullførte + delvise svar) / N. Kilde: IT i praksis ${year}.`,
    weightingTitle: "Vekting og usikkerhet",
    weighting: [
      "Utvalget er stratifisert etter sektor. Hver fullført besvarelse i stratum h får vekten w = N_h / n_h, der N_h er antall virksomheter i rammen og n_h antall fullførte besvarelser i stratumet. Delvise svar teller med i svarprosenten, men ikke i estimatene.",
      "Svaret «vet ikke» og ubesvarte spørsmål holdes utenfor grunnlaget for en indikator; grunnlaget (n) oppgis under hver figur. Standardfeil og konfidensintervaller er ikke beregnet i denne utgaven; små forskjeller mellom sektorer og år kan derfor skyldes tilfeldigheter og bør leses med forsiktighet.",
      "Endringer fra året før oppgis i prosentpoeng (pp) for andeler og i prosent for relative endringer. Estimater med færre enn fem svar i grunnlaget vises ikke (markert med «:»).",
    ],
    dataTitle: "Datagrunnlag og avviste rader",
    data: (year: number, read: string, accepted: string, rejected: string, years: string) =>
      `Datasettet for ${year} hadde ${read} rader. ${accepted} ble godtatt og ${rejected} avvist. Tidsseriene dekker ${years}.`,
    noRejects: "Ingen rader ble avvist.",
    rejectsTableTitle: (year: number) => `Avviste rader og celler etter årsak, ${year}`,
    rejectsTableColumns: ["Kode", "Antall"] as const,
    rejectsTableSource: "Alle avviste rader og celler står i rejects.csv.",
  },
} as const;

export const sectorLabel: Record<Sector, string> = {
  stat: "Statlige virksomheter",
  kommune: "Kommuner",
  fylkeskommune: "Fylkeskommuner",
};
