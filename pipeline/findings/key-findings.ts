// Stage 4, findings: the report's key statements, written from the estimates (SPEC §1, §7).
// Each finding names the numbers it states, so a test can hold the text against the data.
import { findEstimate } from "../indicators/lookup.js";
import type { Group, IndicatorEstimate } from "../indicators/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { formatNumber, formatPercent, formatPercentagePoints } from "../locale/nb.js";
import { isSignificant, sectorGap } from "../survey/significance.js";
import type { Finding } from "./types.js";
import { describeShareChange, describeUncertainShareChange, shareInTenths } from "./wording.js";

export function writeKeyFindings(
  year: number,
  estimates: readonly IndicatorEstimate[],
  definitions: readonly IndicatorDefinition[],
): Finding[] {
  const value = (indicator: string, group: Group, y = year) =>
    findEstimate(estimates, indicator, group, y)?.estimate ?? null;
  const row = (indicator: string, group: Group, y = year) =>
    findEstimate(estimates, indicator, group, y);
  const findings = [
    advancedServicesChange(year, row),
    manualOperationsInMunicipalities(value),
    internalProcessesGap(row),
    competence(value, definitions),
    marketCollaboration(value),
  ];
  return findings.filter((f): f is Finding => f !== undefined);
}

type Value = (indicator: string, group: Group, year?: number) => number | null;
type Row = (indicator: string, group: Group, year?: number) => IndicatorEstimate | undefined;

function advancedServicesChange(year: number, row: Row): Finding | undefined {
  const now = row("avanserte-tjenester", "alle");
  const from = row("avanserte-tjenester", "alle", year - 1)?.estimate ?? null;
  const to = now?.estimate ?? null;
  if (!now || from === null || to === null) return undefined;
  // Only a change the data can vouch for is told as a rise or a fall.
  const significant = isSignificant(now.pValue);
  const subject = "Andelen virksomheter som i hovedsak tilbyr avanserte innbyggertjenester";
  return {
    id: "avanserte-tjenester-endring",
    title:
      significant && to > from
        ? "Flere tilbyr avanserte innbyggertjenester"
        : significant
          ? "Færre tilbyr avanserte innbyggertjenester"
          : "Avanserte innbyggertjenester",
    text: significant
      ? `${subject} ${describeShareChange(from, to)} fra ${year - 1} til ${year}.`
      : `${subject} ${describeUncertainShareChange(from, to, year - 1, year)}.`,
    numbers: {
      from,
      to,
      changePp: (to - from) * 100,
      changeRel: from === 0 ? Number.NaN : (to / from - 1) * 100,
      ...(now.pValue === null ? {} : { pValue: now.pValue }),
    },
  };
}

function manualOperationsInMunicipalities(value: Value): Finding | undefined {
  const kommune = value("manuelle-operasjoner", "kommune");
  const stat = value("manuelle-operasjoner", "stat");
  if (kommune === null || stat === null) return undefined;
  const tenths = shareInTenths(kommune);
  const subject = tenths
    ? `${capitalise(tenths)} kommuner (${formatPercent(kommune)})`
    : `${formatPercent(kommune)} av kommunene`;
  return {
    id: "manuelle-operasjoner-kommune",
    title:
      kommune >= 0.5
        ? "De fleste kommunene er avhengige av manuelle operasjoner"
        : "Manuelle operasjoner i kommunene",
    text:
      `${subject} baserer seg i stor eller svært stor grad på manuelle operasjoner, ` +
      `mot ${formatPercent(stat)} av de statlige virksomhetene.`,
    numbers: { kommune, stat },
  };
}

function internalProcessesGap(row: Row): Finding | undefined {
  const stat = row("interne-prosesser-digitalisert", "stat");
  const kommune = row("interne-prosesser-digitalisert", "kommune");
  if (stat?.estimate == null || kommune?.estimate == null) return undefined;
  const gap = sectorGap({ ...stat, group: "stat" }, { ...kommune, group: "kommune" });
  const significant = isSignificant(gap?.pValue);
  const leader = stat.estimate > kommune.estimate ? "Staten" : "Kommunene";
  return {
    id: "interne-prosesser-gap",
    title: significant
      ? `${leader} har kommet lenger med interne prosesser`
      : "Interne prosesser i staten og kommunene",
    text:
      `${formatPercent(stat.estimate)} av de statlige virksomhetene har digitalisert hele eller ` +
      `deler av sine interne prosesser, mot ${formatPercent(kommune.estimate)} av kommunene – en ` +
      `forskjell på ${formatPercentagePoints(stat.estimate - kommune.estimate).replace(/^\+/, "")}` +
      (significant ? "." : ", som er innenfor den statistiske usikkerheten."),
    numbers: {
      stat: stat.estimate,
      kommune: kommune.estimate,
      gapPp: (stat.estimate - kommune.estimate) * 100,
      ...(gap?.pValue == null ? {} : { pValue: gap.pValue }),
    },
  };
}

function competence(
  value: Value,
  definitions: readonly IndicatorDefinition[],
): Finding | undefined {
  const alle = value("kompetanse-tilstrekkelig", "alle");
  const stat = value("kompetanse-tilstrekkelig", "stat");
  const kommune = value("kompetanse-tilstrekkelig", "kommune");
  if (alle === null || stat === null || kommune === null) return undefined;
  const barriers = definitions
    .filter((d) => d.question === "barrierer")
    .map((d) => ({ definition: d, share: value(d.id, "alle") }))
    .filter((b): b is { definition: IndicatorDefinition; share: number } => b.share !== null)
    .sort((a, b) => b.share - a.share);
  const top = barriers[0];
  const competenceIsTop = top?.definition.option === "kompetanse";
  const barrierText = competenceIsTop
    ? ` Manglende kompetanse er også den barrieren flest oppgir (${formatPercent(top.share)}).`
    : "";
  return {
    id: "kompetanse",
    title:
      alle < 0.5
        ? "Lederne mener de mangler digital kompetanse"
        : "Flertallet mener de har tilstrekkelig digital kompetanse",
    text:
      `${alle < 0.5 ? "Bare " : ""}${formatPercent(alle)} av lederne mener virksomheten har tilstrekkelig digital ` +
      `kompetanse (${formatPercent(stat)} i staten og ${formatPercent(kommune)} i kommunene).` +
      barrierText,
    numbers: {
      alle,
      stat,
      kommune,
      ...(competenceIsTop && top ? { barriereKompetanse: top.share } : {}),
    },
  };
}

function marketCollaboration(value: Value): Finding | undefined {
  const stat = value("markedssamarbeid", "stat");
  const kommune = value("markedssamarbeid", "kommune");
  const fylkeskommune = value("markedssamarbeid", "fylkeskommune");
  const kommuneStorGrad = value("markedssamarbeid-stor-grad", "kommune");
  if (stat === null || kommune === null || fylkeskommune === null || kommuneStorGrad === null)
    return undefined;
  const degree = describeScaleMean((stat + kommune + fylkeskommune) / 3);
  return {
    id: "markedssamarbeid",
    title: `${capitalise(degree)} samarbeid med markedet`,
    text:
      `Samarbeidet med markedet er ${degree}: på en skala fra 1 til 5 er gjennomsnittet ` +
      `${formatNumber(stat, 1)} i staten, ${formatNumber(kommune, 1)} i kommunene og ` +
      `${formatNumber(fylkeskommune, 1)} i fylkeskommunene. ${capitalise(formatPercent(kommuneStorGrad))} ` +
      `av kommunene samarbeider i stor eller svært stor grad med leverandørene.`,
    numbers: { stat, kommune, fylkeskommune, kommuneStorGrad },
  };
}

/** A mean on a 1–5 degree scale in words: 3 is "i noen grad", the scale's middle. */
function describeScaleMean(mean: number): string {
  if (mean < 2.5) return "begrenset";
  if (mean < 3.5) return "moderat";
  return "omfattende";
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
