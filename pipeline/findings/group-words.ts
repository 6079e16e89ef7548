// The groups as Norwegian nouns in running text: domain words, the same in every report, so they
// live in code and a template names a group by its id. "63 % av kommunene", "seks av ti
// kommuner (63 %)", "Staten har kommet lenger", "66 % i staten".
import type { Group } from "../indicators/types.js";
import { NBSP } from "../locale/nb.js";

export interface GroupWords {
  /** Indefinite plural, after a count: "seks av ti kommuner". */
  indefinite: string;
  /** Definite plural, after a share: "63 % av kommunene". */
  definite: string;
  /** The group as a subject that is ahead: "staten" ({leder}). */
  leader: string;
  /** Where a value holds: "i staten". */
  within: string;
}

const inhabitants = (range: string) => `med ${range} innbyggere`;
const thousand = (n: number) => `${n}${NBSP}000`;

function municipalities(range: string): GroupWords {
  const definite = `kommunene ${inhabitants(range)}`;
  return {
    indefinite: `kommuner ${inhabitants(range)}`,
    definite,
    leader: definite,
    within: `i ${definite}`,
  };
}

export const GROUP_WORDS: Readonly<Record<Group, GroupWords>> = {
  alle: {
    indefinite: "virksomheter",
    definite: "virksomhetene",
    leader: "virksomhetene samlet",
    within: "samlet",
  },
  stat: {
    indefinite: "statlige virksomheter",
    definite: "de statlige virksomhetene",
    leader: "staten",
    within: "i staten",
  },
  kommune: {
    indefinite: "kommuner",
    definite: "kommunene",
    leader: "kommunene",
    within: "i kommunene",
  },
  fylkeskommune: {
    indefinite: "fylkeskommuner",
    definite: "fylkeskommunene",
    leader: "fylkeskommunene",
    within: "i fylkeskommunene",
  },
  "kommune-<5k": municipalities(`under ${thousand(5)}`),
  "kommune-5-20k": municipalities(`${thousand(5)}–${thousand(20)}`),
  "kommune-20-50k": municipalities(`${thousand(20)}–${thousand(50)}`),
  "kommune->50k": municipalities(`over ${thousand(50)}`),
};
