// Every user-facing text of the report stage in one place: template error messages (English,
// like the rest of the CLI) and the fixed Norwegian wording of the report itself.
import type { Group } from "../indicators/types.js";
import type { Sector, SizeClass } from "../ingest/types.js";

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
  TEMPLATE_ARGUMENT_MISSING_NAMED: (directive: string, name: string, example: string) =>
    `directive "${directive}" needs ${name}="…": ${example}.`,
  TEMPLATE_ARGUMENT_INVALID: (name: string, value: string, expected: string) =>
    `${name}=${JSON.stringify(value)} is not valid: ${expected}.`,
  TEMPLATE_DIRECTIVE_NOT_ALONE: (directive: string) =>
    `{{ ${directive} }} inserts a block: put it on a line of its own.`,
  TEMPLATE_INDICATOR_UNKNOWN: (id: string, known: readonly string[]) =>
    `unknown indicator "${id}". Known indicator ids: ${list(known)}.`,
  TEMPLATE_GROUP_UNKNOWN: (group: string, known: readonly string[]) =>
    `unknown group "${group}". Known groups: ${list(known)}.`,
  TEMPLATE_CHART_KIND_UNKNOWN: (kind: string, known: readonly string[]) =>
    `unknown chart kind "${kind}". Write the kind first, one of ${list(known)}: {{ chart trend indicator="avanserte-tjenester" }}.`,
  TEMPLATE_CHART_DUPLICATE: (id: string, line: number) =>
    `chart id "${id}" is already used by the chart on line ${line}; give one of them another id="…".`,
  TEMPLATE_QUESTION_UNKNOWN: (key: string, known: readonly string[]) =>
    `unknown question "${key}" here. Question keys that fit: ${list(known)}.`,
  TEMPLATE_NEEDS_UNBALANCED: (detail: string) =>
    `${detail}. A section is written {{ needs indicators="…" }} … {{ else }} … {{ end }}, each on a line of its own ({{ else }} is optional).`,
  TEMPLATE_NEEDS_UNMET: (what: string, year: number, reasons: readonly string[], needs: string) =>
    `${what} needs what ${year} does not have: ${reasons.join("; ")}. Put it inside {{ needs ${needs} }} … {{ end }} so that a year without it leaves it out (the build lists what it left out), or remove it.`,
  TEMPLATE_INDICATOR_PATTERN_EMPTY: (pattern: string) =>
    `no indicator id starts with "${pattern.replace(/\*$/, "")}". Use an id from indicators.yaml or a prefix followed by "*", like "barriere-*".`,
  TEMPLATE_INDEX_EXPECTED: (id: string, indexes: readonly string[]) =>
    `"${id}" is not a composite index: sensitivity charts and {{ index-checks }} take the id of templates/index.yaml (${list(indexes)}).`,
  TEMPLATE_FINDING_UNKNOWN: (id: string, known: readonly string[]) =>
    `unknown finding "${id}". Known finding ids: ${list(known)}.`,
  TEMPLATE_ESTIMATE_MISSING: (id: string, group: string, year: number, years: readonly number[]) =>
    `no estimate of "${id}" for group "${group}" in ${year}. Years with estimates: ${list(years.map(String))}. If the sentence belongs only to years that have it, put it inside {{ needs indicators="${id}" }} … {{ end }}.`,
  TEMPLATE_FORMAT_INVALID: (id: string, format: string) =>
    `format "${format}" needs a share indicator, but "${id}" is a mean: use format="number".`,
  TEMPLATE_MARKDOWN_UNSUPPORTED: (kind: string) =>
    `Markdown element "${kind}" is not supported in the report: use headings (#, ##), paragraphs, bullet lists, *emphasis* and **bold**.`,
  TEMPLATE_ORGANISATION_ONLY: (directive: string) =>
    `{{ ${directive} }} shows one organisation's answers and belongs in benchmark.md, which is built for each participating organisation (itip build --per-org); remove it here.`,
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
  tocLink: (heading: string, page: string) => `${heading}, side ${page}`,
  figureLabel: (n: number, title: string) => `Figur ${n}: ${title}`,
  tableLabel: (n: number, title: string) => `Tabell ${n}: ${title}`,
  tableContinued: (n: number) => `Tabell ${n} (forts.)`,
  suppressed: ":",
  /** A cell for an estimate that does not exist (the question was not asked that year). */
  missing: "–",
  /** `{{ table }}`: indicators × groups. */
  indicatorTable: {
    firstColumn: "Indikator",
    /** "33 % (30–36)": the estimate and its 95 % interval. */
    withInterval: (value: string, low: string, high: string) => `${value} (${low}–${high})`,
    intervalNote: "Tall i parentes er 95 % konfidensintervall.",
    suppressedNote: "«:» = færre enn fem svar i grunnlaget (prikket).",
    missingNote: "«–» = spørsmålet ble ikke stilt dette året.",
    meanNote: "Gjennomsnitt er på skalaen fra 1 til 5.",
    indexNote: "Indeksen for digital modenhet går fra 0 til 100.",
  },
  /** `{{ definitions }}`: one row per indicator of indicators.yaml. */
  definitions: {
    title: "Definisjon av indikatorene",
    columns: ["Indikator", "Spørsmål", "Teller med", "Grunnlag"] as const,
    question: (label: string, firstYear: number) => `${label} (stilt fra ${firstYear})`,
    sharePicked: (option: string) => `Har krysset av for «${option}»`,
    shareCodes: (labels: readonly string[]) =>
      `Svarer ${labels.map((l) => `«${l}»`).join(" eller ")}`,
    /** "scale-1-5" → "Gjennomsnitt av svarene (skala 1–5)". */
    mean: (unit: string) => {
      const scale = /^scale-(\d+)-(\d+)$/.exec(unit);
      return scale
        ? `Gjennomsnitt av svarene (skala ${scale[1]}–${scale[2]})`
        : "Gjennomsnitt av oppgitt tall";
    },
    /** The composite index of index.yaml. */
    composite: (items: number, dimensions: number, firstYear: number) =>
      `Sammensatt indeks av ${items} indikatorer i ${dimensions} dimensjoner (fra ${firstYear}); se vedlegget om indeksen`,
    compositeDimension: (labels: readonly string[]) =>
      `Dimensjon av indeksen for digital modenhet: ${labels.join(", ")}`,
    compositeDimensionBase: (needed: number, items: number) =>
      `Virksomheter som har svart på minst ${needed} av ${items} indikatorer`,
    compositeCounted: "Gjennomsnitt av virksomhetenes indeks (0–100)",
    compositeBase: (needed: number, dimensions: number) =>
      needed === dimensions
        ? "Virksomheter med nok svar i hver dimensjon"
        : `Virksomheter med nok svar i minst ${needed} av ${dimensions} dimensjoner`,
    baseAll: "Alle som har svart på spørsmålet",
    baseExcept: (labels: readonly string[]) =>
      `Alle som har svart, unntatt ${labels.map((l) => `«${l}»`).join(" og ")}`,
    note: (year: number) =>
      `Andeler er vektede andeler av grunnlaget; ubesvarte spørsmål er alltid utenfor grunnlaget. Definisjonene står i templates/indicators.yaml. Kilde: IT i praksis ${year}.`,
  },
  /** `{{ index-checks }}`: the appendix on the composite index. */
  index: {
    checksTitle: (year: number) => `Indeksens dimensjoner og indikatorer, ${year}`,
    checksColumns: [
      "Dimensjon",
      "Indikator",
      "Retning",
      "Vekt",
      "r med dimensjonen",
      "Alfa (n)",
    ] as const,
    dimension: (label: string, weight: number, minItems: number) =>
      `${label} (vekt ${weight}; minst ${minItems} svar)`,
    positive: "Positiv",
    negative: "Negativ",
    alpha: (alpha: string, n: string) => `${alpha} (${n})`,
    checksNote: (year: number) =>
      `Indikatorene er normalisert til 0–100 med faste grenser (0–1 for andeler, skalaen for gjennomsnitt); negative indikatorer er snudd. r: Pearsons korrelasjon mellom indikatoren og dimensjonens verdi, blant virksomhetene med begge. Alfa: Cronbachs alfa blant virksomhetene som har svart på alle dimensjonens indikatorer (n). Uvektet. Rammeverket står i templates/index.yaml. Kilde: IT i praksis ${year}.`,
    sensitivityIntro: (
      scenarios: string,
      draws: string,
      low: string,
      high: string,
      leftOut: string,
      aggregations: string,
    ) =>
      `Hvor mye avhenger indeksen av valgene bak den? Vi har beregnet den ${scenarios} ganger: med standardvalgene, med ${draws} sett av tilfeldige vekter (hver vekt ganget med en faktor mellom ${low} og ${high} % av standardvekten), uten hver av de ${leftOut} indikatorene én om gangen, og med geometrisk aggregering på ${aggregations} måter. Tabellen viser for hver gruppe indeksen med standardvalgene, laveste og høyeste verdi med hvert slag av valg og over alle beregningene, og rangeringen blant sektorene og blant kommunestørrelsene.`,
    sensitivityTitle: (year: number) =>
      `Følsomheten til indeksen for vekter og aggregering, ${year}`,
    sensitivityColumns: [
      "Gruppe",
      "Indeks",
      "Tilfeldige vekter",
      "Uten én indikator",
      "Geometrisk",
      "Alle beregninger",
      "Rang",
      "Rang, alle beregninger",
    ] as const,
    sensitivityNote: (year: number) =>
      `Indeks: vektet gjennomsnitt av virksomhetenes indeks med standardvalgene. Intervallene: laveste og høyeste verdi over beregningene av hvert slag (med standardberegningen) og over alle. Rang 1 = høyest indeks blant sektorene eller blant kommunestørrelsene. De tilfeldige vektene trekkes med fast frø, så tallene er de samme ved hver kjøring. Kilde: IT i praksis ${year}.`,
  },
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
    responseIntro: (smallest: string, largest: string) =>
      `Figuren viser svarprosenten etter sektor og, for kommunene, etter kommunestørrelse: ${smallest} av kommunene med under 5\u00a0000 innbyggere svarte, mot ${largest} av kommunene med over 50\u00a0000.`,
    weightingTitle: "Vekting",
    weighting: [
      "Utvalget er stratifisert etter sektor. Hver fullført besvarelse i stratum h får vekten w = N_h / n_h, der N_h er antall virksomheter i rammen og n_h antall fullførte besvarelser i stratumet. Delvise svar teller med i svarprosenten, men ikke i estimatene.",
      "Svaret «vet ikke» og ubesvarte spørsmål holdes utenfor grunnlaget for en indikator; grunnlaget (n) oppgis under hver figur og tabell. Hvordan hver indikator er definert, står i vedlegget med definisjoner.",
    ],
    /** With `--weights sector`: the weights are not calibrated, and what that leaves. */
    notCalibrated:
      "Vektene er ikke kalibrert mot kommunestørrelse og fylke. Frafall som varierer med kommunestørrelse eller fylke, slår derfor ut i tallene for kommunene og for alle virksomhetene.",
    /** The calibrated weights: what they are calibrated to, and why. */
    calibrated: (merged: string) => [
      "Utvalget er stratifisert etter sektor. Hver fullført besvarelse i stratum h får først designvekten d = N_h / n_h, der N_h er antall virksomheter i rammen og n_h antall fullførte besvarelser i stratumet. Delvise svar teller med i svarprosenten, men ikke i estimatene.",
      "Frafallet er ikke tilfeldig: hvor mange som svarer, varierer med kommunestørrelse og fylke, og på mange indikatorer skiller små og store kommuner seg mye. Designvektene er derfor kalibrert med raking (iterativ tilpasning til marginene), slik at de vektede svarene stemmer med rammens antall virksomheter i hver sektor og kommunestørrelse og med antall kommuner i hvert fylke. Sektortotalene N_h endres ikke. Statlige virksomheter og fylkeskommuner beholder vekten N_h / n_h: statlige virksomheter har ikke noe fylke i rammen, og hvert fylke har én fylkeskommune." +
        (merged
          ? ` En celle med færre enn fem svar er slått sammen med nabocellen: ${merged}.`
          : ""),
      "Svaret «vet ikke» og ubesvarte spørsmål holdes utenfor grunnlaget for en indikator; grunnlaget (n) oppgis under hver figur og tabell. Hvordan hver indikator er definert, står i vedlegget med definisjoner.",
    ],
    fylkeDropped: (year: number) =>
      `I ${year} kunne vektene ikke kalibreres mot både kommunestørrelse og fylke samtidig; de er kalibrert mot sektor og kommunestørrelse alene.`,
    marginsTableTitle: (year: number) =>
      `Kalibreringsmarginer: sum av vektene før og etter kalibrering, ${year}`,
    marginsTableColumns: ["Margin", "Celle", "Ramme (N)", "Svar (n)", "Før", "Etter"] as const,
    marginNames: { klasse: "Sektor og størrelse", fylke: "Fylke (kommuner)" },
    marginsTableSource: (year: number) =>
      `Før = summen av sektorvektene N_h / n_h i cellen; Etter = summen av de kalibrerte vektene, som er lik rammens antall (N). Fylkene står med fylkesnummer. Kilde: IT i praksis ${year}.`,
    /** The spread of the calibrated weights. */
    spread: (kommuneMin: string, kommuneMax: string, kommuneDeff: string, allDeff: string) =>
      `Blant kommunene varierer de kalibrerte vektene fra ${kommuneMin} til ${kommuneMax}, der sektorvekten er den samme for alle. Designeffekten av vektingen (1 + kvadratet av vektenes variasjonskoeffisient) er ${kommuneDeff} blant kommunene og ${allDeff} for alle virksomhetene samlet. Standardfeilene tar hensyn til kalibreringen.`,
    effectIntro:
      "Slik flytter kalibreringen tallene i hovedfunnene (kalibrerte vekter mot bare sektorvekter):",
    /** One headline number, with the calibrated weights and with the sector weights. */
    effect: (what: string, calibrated: string, sector: string, moved: string, change: string) =>
      `${what}: ${calibrated} med kalibrerte vekter mot ${sector} med sektorvekter, ${moved}.${change}`,
    effectMoved: (amount: string, up: boolean | undefined, unit: string) =>
      up === undefined ? "uendret" : `${amount}${unit} ${up ? "høyere" : "lavere"}`,
    effectChange: (previous: number, calibrated: string, sector: string) =>
      ` Endringen fra ${previous} er ${calibrated} mot ${sector}.`,
    effectShare: (label: string, among: string) => `Andelen «${label}» blant ${among}`,
    effectMean: (label: string, among: string) => `Gjennomsnittet for «${label}» blant ${among}`,
    effectUnchanged:
      "Tallene for de statlige virksomhetene og fylkeskommunene endres ikke av kalibreringen.",
    uncertaintyTitle: "Usikkerhet og endringer",
    /**
     * The one place that says whether standard errors exist. Chosen from the data: the
     * statistics stage either filled `se` for the report year or it did not.
     */
    uncertainty: (computed: boolean) =>
      computed
        ? [
            "Standardfeilene er beregnet med Taylor-linearisering og endelighetskorreksjon innenfor hvert stratum. Konfidensintervallene (95 %) for andeler er logit-intervaller med t-fordeling, der frihetsgradene er antall svar minus antall strata; for gjennomsnitt brukes t-fordelingen direkte. Intervallene vises som skygger i linjediagrammene, som streker i stolpediagrammene og i parentes i tabellene.",
            "Endringer fra året før oppgis i prosentpoeng (pp) for andeler og i prosent for relative endringer. Standardfeilen for en endring tar hensyn til at mange virksomheter svarte begge år.",
          ]
        : [
            "Standardfeil og konfidensintervaller er ikke beregnet i denne utgaven; små forskjeller mellom sektorer og år kan derfor skyldes tilfeldigheter og bør leses med forsiktighet. Rapporten sier derfor ingenting om hvilke endringer som er statistisk signifikante.",
            "Endringer fra året før oppgis i prosentpoeng (pp) for andeler og i prosent for relative endringer.",
          ],
    oneYearOnly: (year: number) =>
      `Datagrunnlaget for denne rapporten har bare ett år, ${year}. Rapporten viser derfor ingen utvikling over tid og ingen endringer fra året før.`,
    noPreviousYear: (year: number) =>
      `Datagrunnlaget har ikke tall for ${year - 1}. Rapporten viser derfor ingen endringer fra året før.`,
    /** What linking organisations across years does to the standard errors of changes. */
    panelEffect: (
      from: number,
      to: number,
      changes: string,
      medianPercent: string,
      indicator: string,
      panelSe: string,
      independentSe: string,
    ) =>
      `Virksomhetene følges fra år til år (kommuner som ble slått sammen i 2020, følges gjennom sammenslåingen), og en virksomhet som svarte begge år, regnes som én klynge. For de ${changes} endringene i andeler fra ${from} til ${to} for alle virksomheter er standardfeilen da i median ${medianPercent} av det den ville vært om de to årene var uavhengige utvalg. For ${indicator} er standardfeilen ${panelSe} mot ${independentSe} prosentpoeng.`,
    multipleTestingTitle: "Mange tester samtidig",
    /** What testing many statements at once means, and how many were tested and found. */
    multipleTesting: (
      year: number,
      changes: { tested: string; unadjusted: string; significant: string },
      gaps: { tested: string; unadjusted: string; significant: string },
    ) => [
      `Rapporten tester ${changes.tested} endringer fra ${year - 1} til ${year} (alle indikatorer og grupper i indicators.csv) og ${gaps.tested} forskjeller mellom to sektorer (alle andelsindikatorer og alle par av sektorer). Tester man så mange påstander hver for seg på 5 %-nivå, vil omtrent én av tjue forskjeller som bare skyldes tilfeldigheter, likevel se signifikante ut.`,
      `Vi kontrollerer derfor andelen falske funn (false discovery rate) innenfor hver av de to familiene, endringer og sektorforskjeller, med Benjamini–Hochberg-metoden på 5 %-nivå. En endring eller forskjell kalles signifikant bare når den justerte p-verdien er under 0,05; blant dem vi kaller signifikante, er da i gjennomsnitt høyst 5 % falske funn. Av endringene har ${changes.unadjusted} en p-verdi under 0,05, og ${changes.significant} er signifikante etter justeringen; av sektorforskjellene har ${gaps.unadjusted} en p-verdi under 0,05, og ${gaps.significant} er signifikante etter justeringen. indicators.csv har både p-verdien (p_value) og den justerte p-verdien (p_adjusted) for hver endring.`,
    ],
    /** Only gaps can be tested (one year of input, or no year before). */
    multipleTestingGapsOnly: (
      year: number,
      gaps: { tested: string; unadjusted: string; significant: string },
    ) =>
      `Rapporten tester ${gaps.tested} forskjeller mellom to sektorer i ${year}. Tester man så mange påstander hver for seg på 5 %-nivå, vil omtrent én av tjue forskjeller som bare skyldes tilfeldigheter, likevel se signifikante ut. Vi kontrollerer derfor andelen falske funn (false discovery rate) med Benjamini–Hochberg-metoden på 5 %-nivå: en forskjell kalles signifikant bare når den justerte p-verdien er under 0,05. ${gaps.unadjusted} forskjeller har en p-verdi under 0,05, og ${gaps.significant} er signifikante etter justeringen.`,
    suppressionTitle: "Prikking",
    suppression: (year: number, suppressed: string, total: string) =>
      `Estimater med færre enn fem svar i grunnlaget vises ikke, og heller ikke estimater som ellers kunne regnes ut fra totalene (sekundærprikking). Prikkede tall er utelatt fra figurene og markert med «:» i tabellene. I ${year} er ${suppressed} av ${total} estimater (indikator × gruppe) prikket.`,
    dataTitle: "Datagrunnlag og avviste rader",
    data: (year: number, read: string, accepted: string, rejected: string, years: string) =>
      `Datasettet for ${year} hadde ${read} rader. ${accepted} ble godtatt og ${rejected} avvist. Tidsseriene dekker ${years}.`,
    noRejects: "Ingen rader ble avvist.",
    rejectsTableTitle: (year: number) => `Avviste rader og celler etter årsak, ${year}`,
    rejectsTableColumns: ["Kode", "Antall"] as const,
    rejectsTableSource: "Alle avviste rader og celler står i rejects.csv.",
  },
} as const;

/** The fixed words of the benchmark reports (benchmark.md's directives about the organisation). */
export const benchmarkText = {
  indicatorColumn: "Indikator",
  ownColumn: "Deres svar",
  positionColumn: "Plassering",
  yearColumn: "År",
  answeredByColumn: "Svart av",
  hidden: ":",
  notAsked: "–",
  noPosition: "–",
  ownTableNote: (closest: string | undefined) =>
    `Gruppenes tall er vektede estimater med 95 % konfidensintervall, de samme som i den nasjonale rapporten. Plassering: for ja/nei-spørsmål hvor stor del av ${closest ?? "gruppen"} som svarte som dere; for gjennomsnitt hvilken kvartil deres svar ligger i blant de andre som svarte i gruppen.`,
  hiddenGroupNote:
    "«:» betyr at tallet ikke vises: færre enn fem andre virksomheter i gruppen svarte, eller alle de andre svarte likt (da ville tallet vise hva hver av dem svarte).",
  historyNote:
    "Ja/nei: om svaret teller med i indikatoren. «–»: spørsmålet ble ikke stilt det året.",
  predecessorNote:
    "Svar fra kommuner som ble slått sammen i 2020, står under navnet på kommunen som svarte.",
  predecessor: (navn: string) => `${navn} (før sammenslåingen)`,
  noEarlierAnswer: (year: number) =>
    `Dere har ikke svart på undersøkelsen før ${year}, så rapporten kan ikke vise endringer i svarene.`,
  changesIntro: (lastYear: number, year: number, predecessors: boolean) =>
    `Sammenlignet med ${predecessors ? "svarene fra kommunene dere ble slått sammen fra" : "deres svar"} i ${lastYear} har dette endret seg i ${year}:`,
  noChanges: "Ingen av svarene har endret seg.",
  changed: (lastYear: number, was: string, year: number, now: string) =>
    `${was} i ${lastYear}, ${now} i ${year}.`,
  peerGroups: (navn: string, groups: readonly string[]) =>
    `${navn} sammenlignes med ${groups.length > 1 ? `${groups.slice(0, -1).join(", ")} og ${groups[groups.length - 1]}` : groups[0]}.`,
  noPeerGroups: (navn: string) =>
    `${navn} sammenlignes ikke med noen gruppe, fordi ingen gruppe har minst fem andre virksomheter som svarte.`,
  groupHidden: (group: string, year: number) =>
    `Tall for ${group} vises ikke: færre enn fem andre av dem svarte i ${year}, og da kunne tallene avsløre enkeltvirksomheters svar.`,
  amongShare: (part: string) => `Som ${part}`,
  quartile: (quartile: number, group: string) =>
    `${["Nederste", "Nest nederste", "Nest øverste", "Øverste"][quartile - 1]!} kvartil (${group})`,
  quartilesHidden: "Vises ikke (for få svar)",
} as const;

/** A municipality size class as a range of inhabitants: "under 5 000", "5 000–20 000". */
export const sizeRange: Record<SizeClass, string> = {
  "kommune-<5k": "under 5\u00a0000",
  "kommune-5-20k": "5\u00a0000–20\u00a0000",
  "kommune-20-50k": "20\u00a0000–50\u00a0000",
  "kommune->50k": "over 50\u00a0000",
};

export const sectorLabel: Record<Sector, string> = {
  stat: "Statlige virksomheter",
  kommune: "Kommuner",
  fylkeskommune: "Fylkeskommuner",
};

/** A peer group in a sentence: "statlige virksomheter", "kommuner med over 50 000 innbyggere". */
export function peerGroupName(group: Group): string {
  if (group === "alle") return "alle virksomheter";
  if (group === "stat" || group === "kommune" || group === "fylkeskommune")
    return sectorLabel[group].toLowerCase();
  return `kommuner med ${sizeRange[group]} innbyggere`;
}
