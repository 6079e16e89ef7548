// Stage 4, findings: the report's key statements, written from the estimates (SPEC §1, §7).
// Each finding names the numbers it states, so a test can hold the text against the data.
import { findEstimate } from "../indicators/lookup.js";
import type { Group, IndicatorEstimate } from "../indicators/types.js";
import type { IndicatorDefinition } from "../templates/indicator-definitions.js";
import { formatNumber, formatPercent, formatPercentagePoints } from "../locale/nb.js";
import type { Finding } from "./types.js";
import { describeShareChange, shareInTenths } from "./wording.js";

export function writeKeyFindings(
  year: number,
  estimates: readonly IndicatorEstimate[],
  definitions: readonly IndicatorDefinition[],
): Finding[] {
  const value = (indicator: string, group: Group, y = year) =>
    findEstimate(estimates, indicator, group, y)?.estimate ?? null;
  const findings = [
    advancedServicesChange(year, value),
    manualOperationsInMunicipalities(value),
    internalProcessesGap(value),
    competence(value, definitions),
    marketCollaboration(value),
  ];
  return findings.filter((f): f is Finding => f !== undefined);
}

type Value = (indicator: string, group: Group, year?: number) => number | null;

function advancedServicesChange(year: number, value: Value): Finding | undefined {
  const from = value("avanserte-tjenester", "alle", year - 1);
  const to = value("avanserte-tjenester", "alle");
  if (from === null || to === null) return undefined;
  return {
    id: "avanserte-tjenester-endring",
    title: to > from ? "Flere tilbyr avanserte innbyggertjenester" : "Avanserte innbyggertjenester",
    text:
      `Andelen virksomheter som i hovedsak tilbyr avanserte innbyggertjenester ` +
      `${describeShareChange(from, to)} fra ${year - 1} til ${year}.`,
    numbers: {
      from,
      to,
      changePp: (to - from) * 100,
      changeRel: from === 0 ? Number.NaN : (to / from - 1) * 100,
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

function internalProcessesGap(value: Value): Finding | undefined {
  const stat = value("interne-prosesser-digitalisert", "stat");
  const kommune = value("interne-prosesser-digitalisert", "kommune");
  if (stat === null || kommune === null) return undefined;
  return {
    id: "interne-prosesser-gap",
    title:
      stat > kommune
        ? "Staten har kommet lenger med interne prosesser"
        : "Kommunene har kommet lenger med interne prosesser",
    text:
      `${formatPercent(stat)} av de statlige virksomhetene har digitalisert hele eller deler av ` +
      `sine interne prosesser, mot ${formatPercent(kommune)} av kommunene – en forskjell på ` +
      `${formatPercentagePoints(stat - kommune).replace(/^\+/, "")}.`,
    numbers: { stat, kommune, gapPp: (stat - kommune) * 100 },
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
