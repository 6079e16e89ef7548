// No benchmark report reveals another organisation's answers (issue 9): peer groups with fewer
// than five other respondents are not shown, quantiles only with five others on either side,
// and a profile (all a report is made from) holds nothing of a peer but aggregates.
import { beforeAll, describe, expect, it } from "vitest";
import { indicatorValue } from "../indicators/indicator-value.js";
import { isInGroup } from "../indicators/groups.js";
import type { YearDesign } from "../survey/types.js";
import { formatBound, formatCell } from "../report/indicator-table.js";
import { readPdf } from "../testdata/read-pdf.js";
import {
  benchmarkStageInput,
  sampleStatistics,
  type SampleStatistics,
} from "../testdata/benchmark/sample-statistics.js";
import { benchmarkStage } from "./benchmark-stage.js";
import { orgProfiles } from "./org-profiles.js";
import { MIN_OTHERS, protectedQuantile, revealsEveryAnswer } from "./privacy.js";
import type { OrgProfile } from "./types.js";

describe("protectedQuantile", () => {
  const nine = [1, 2, 3, 4, 5, 6, 7, 8, 9];

  it("gives the median of nine answers: five lie at or below it and five at or above", () => {
    expect(protectedQuantile(nine, 0.5)).toBe(5);
  });

  it("hides a quartile that fewer than five answers lie below", () => {
    expect(protectedQuantile(nine, 0.25)).toBeUndefined();
    expect(protectedQuantile(nine, 0.75)).toBeUndefined();
  });

  it("counts tied answers on both sides", () => {
    expect(protectedQuantile([2, 2, 2, 2, 2, 3, 4], 0.25)).toBe(2);
  });

  it("shows nothing of fewer than five answers", () => {
    expect(protectedQuantile([3, 3, 3, 3], 0.5)).toBeUndefined();
  });

  it("knows when every answer is the same", () => {
    expect(revealsEveryAnswer([1, 1, 1, 1, 1])).toBe(true);
    expect(revealsEveryAnswer([1, 1, 0, 1, 1])).toBe(false);
    expect(revealsEveryAnswer([])).toBe(false);
  });
});

describe("benchmark profiles of the sample", () => {
  let stats: SampleStatistics;
  let design: YearDesign;
  let profiles: OrgProfile[];

  beforeAll(async () => {
    stats = await sampleStatistics();
    design = stats.designs.at(-1)!;
    profiles = orgProfiles({
      designs: stats.designs,
      estimates: stats.estimates,
      definitions: stats.templates.definitions,
    });
  });

  it("has one profile for every organisation with a complete response in the report year", () => {
    expect(profiles.map((p) => p.id)).toEqual(design.units.map((u) => u.id));
    expect(profiles.length).toBeGreaterThan(250);
  });

  it("shows a peer group only when at least five others in it answered", () => {
    for (const profile of profiles)
      for (const group of profile.groups) {
        const others = design.units.filter(
          (u) => u.id !== profile.id && isInGroup(u, group.group),
        ).length;
        expect(group).toEqual({ group: group.group, others, shown: others >= MIN_OTHERS });
      }
  });

  it("shows a quartile of the county municipalities and the size classes only with five others on either side", () => {
    const smallest = profiles.filter(
      (p) => p.sektor === "fylkeskommune" || p.sizeClass === "kommune->50k",
    );
    expect(smallest.length).toBeGreaterThan(15);
    const definitions = stats.templates.definitions.filter((d) => d.measure === "mean");
    let shown = 0;
    let hidden = 0;
    for (const profile of smallest)
      for (const answer of profile.answers) {
        const definition = definitions.find((d) => d.id === answer.indicator);
        if (!definition) continue;
        for (const position of answer.positions) {
          // The others' answers, recomputed from the respondents.
          const others = design.units
            .filter((u) => u.id !== profile.id && isInGroup(u, position.group))
            .map((u) => indicatorValue(definition, u.respondent.values))
            .filter((v): v is number => v !== null);
          expect(position.others).toBe(others.length);
          for (const q of Object.values(position.quartiles)) {
            if (q === undefined) {
              hidden++;
              continue;
            }
            shown++;
            expect(others.filter((v) => v <= q).length).toBeGreaterThanOrEqual(MIN_OTHERS);
            expect(others.filter((v) => v >= q).length).toBeGreaterThanOrEqual(MIN_OTHERS);
          }
        }
      }
    // Both sides of the rule are exercised by the sample.
    expect(shown).toBeGreaterThan(0);
    expect(hidden).toBeGreaterThan(0);
  });

  it("hides a group's estimate on an indicator every other respondent of the group answered alike", () => {
    let uniform = 0;
    for (const profile of profiles)
      for (const answer of profile.answers) {
        const definition = stats.templates.definitions.find((d) => d.id === answer.indicator)!;
        for (const position of answer.positions) {
          const others = design.units
            .filter((u) => u.id !== profile.id && isInGroup(u, position.group))
            .map((u) => indicatorValue(definition, u.respondent.values))
            .filter((v): v is number => v !== null);
          if (others.length === 0 || others.some((v) => v !== others[0])) continue;
          uniform++;
          expect(position.estimate).toBeUndefined();
        }
      }
    expect(uniform).toBeGreaterThan(0);
  });

  it("holds no other respondent's id or name, only its own answers and its predecessors'", () => {
    const names = new Map(design.frame.map((o) => [o.id, o.navn]));
    const panelOf = new Map(
      stats.designs.flatMap((d) => d.units.map((u) => [u.id, u.panelId] as const)),
    );
    for (const profile of profiles.filter((_, i) => i % 7 === 0)) {
      const text = JSON.stringify(profile);
      for (const unit of design.units) {
        if (unit.id === profile.id || panelOf.get(unit.id) === profile.panelId) continue;
        expect(text).not.toContain(`"${unit.id}"`);
        expect(text).not.toContain(`"${names.get(unit.id)}"`);
      }
      for (const entry of profile.history) expect(panelOf.get(entry.id)).toBe(profile.panelId);
    }
  });
});

describe("a county municipality whose group has fewer than five other respondents", () => {
  let stats: SampleStatistics;
  let kept: string[];
  let text: string;
  let profile: OrgProfile;

  beforeAll(async () => {
    stats = await sampleStatistics();
    // The report year with only five county municipalities answering: four others each.
    const design = stats.designs.at(-1)!;
    kept = design.units
      .filter((u) => u.sektor === "fylkeskommune")
      .slice(0, 5)
      .map((u) => u.id);
    const units = design.units.filter((u) => u.sektor !== "fylkeskommune" || kept.includes(u.id));
    const designs = [...stats.designs.slice(0, -1), { ...design, units }];
    const result = await benchmarkStage(benchmarkStageInput(stats, { designs, only: [kept[0]!] }));
    expect(result.failed).toBe(0);
    profile = result.outcomes[0]!.organisation;
    const pdf = result.outcomes[0]!.pdf!;
    text = (await readPdf(pdf)).pages.flat().join("\n");
  });

  it("is not compared with the county municipalities: no estimate, no quartile", () => {
    expect(profile.groups).toEqual([{ group: "fylkeskommune", others: 4, shown: false }]);
    for (const answer of profile.answers)
      expect(answer.positions).toEqual([
        {
          group: "fylkeskommune",
          others: expect.any(Number),
          estimate: undefined,
          quartiles: { q1: undefined, median: undefined, q3: undefined },
        },
      ]);
  });

  it("says so in the report", () => {
    const prose = text.replace(/\s+/g, " ");
    expect(prose).toContain(
      "Tall for fylkeskommuner vises ikke: færre enn fem andre av dem svarte i 2020",
    );
    expect(prose).toContain("«:» betyr at tallet ikke vises: færre enn fem andre virksomheter");
    // The group's column and the position: ":" for every indicator it answered.
    expect(text).toMatch(/^Avanserte innbyggertjenester (Ja|Nei) : :$/m);
  });

  it("writes no county municipality's estimate of the national report", () => {
    const definitions = stats.templates.definitions;
    const cells = stats.estimates
      .filter((e) => e.group === "fylkeskommune" && e.year === profile.year)
      .flatMap((e) => {
        const d = definitions.find((x) => x.id === e.indicator)!;
        if (e.estimate === null || e.ciLow === null || e.ciHigh === null) return [];
        return [
          `${formatCell(d, e.estimate)} (${formatBound(d, e.ciLow)}–${formatBound(d, e.ciHigh)})`,
        ];
      });
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) expect(text).not.toContain(cell);
  });
});
