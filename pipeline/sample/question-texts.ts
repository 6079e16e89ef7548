// The question texts shown in structure.csv (the questionnaire's wording, in Norwegian).
// A question without an entry here is shown with its label from questions.yaml.

export const QUESTION_TEXTS: Readonly<Record<string, string>> = {
  rolle: "Hvilken rolle har du i virksomheten?",
  strategi: "Har virksomheten en vedtatt strategi for digitalisering?",
  ledelse:
    "Hvor enig eller uenig er du i påstanden: «Toppledelsen er aktivt involvert i digitaliseringsarbeidet»?",
  kompetanse:
    "Hvor enig eller uenig er du i påstanden: «Vi har tilstrekkelig digital kompetanse til å digitalisere»?",
  barrierer:
    "Hva er de viktigste barrierene for digitalisering i virksomheten? (flere kryss er mulig)",
  it_budsjett_andel: "Hvor stor andel av virksomhetens samlede budsjett går til IT? (prosent)",
  tjenesteniva: "Hvilket nivå har de fleste av virksomhetens tjenester til innbyggerne?",
  markedssamarbeid:
    "I hvilken grad samarbeider virksomheten med markedet (leverandører) om digitalisering?",
  interne_prosesser: "I hvilken grad er virksomhetens interne prosesser digitalisert?",
  gevinster:
    "Hvilke gevinster har virksomheten realisert av digitalisering det siste året? (flere kryss er mulig)",
  manuelle_operasjoner:
    "I hvilken grad baserer virksomheten seg på manuelle operasjoner i saksbehandlingen?",
  datadeling: "Hvor ofte deler virksomheten data med andre virksomheter?",
  gjenbruk_data:
    "I hvilken grad gjenbruker virksomheten data som allerede er registrert («kun én gang»)?",
  fellesloesninger:
    "Hvor enig eller uenig er du i påstanden: «Vi tar i bruk nasjonale fellesløsninger (ID-porten, Altinn, Digipost o.l.)»?",
  sammenhengende_tjenester:
    "I hvilken grad tilbyr virksomheten sammenhengende tjenester på tvers av virksomheter?",
  korona_tempo: "Hvordan har koronapandemien påvirket tempoet i digitaliseringen?",
  kommentar: "Har du andre kommentarer til undersøkelsen eller til digitaliseringsarbeidet?",
};

export const BACKGROUND_TEXTS: Readonly<Record<string, string>> = {
  id: "Kontaktopplysninger - id",
  orgnr: "Kontaktopplysninger - orgnr",
};

export const STATUS_TEXT = "Samlet status";
