// Shaping plans kept between runs. Reading a face's plan sets up fontkit's layout engine, which
// decodes the font's whole GSUB and GPOS tables (~30 ms and ~10 MB per face); a report uses four
// faces, and plain words never need that engine otherwise. A plan depends on nothing but the
// font file and this code, so the command line keeps the plans beside its code cache
// (ITIP_FONT_PLANS, set by launch/launcher.ts for a bundle of its own), keyed by the font file's
// content, and the next run reads them back as glyph numbers and places in the file.
import { createHash } from "node:crypto";
import { KeptBetweenRuns } from "../kept-between-runs.js";
import type { ClassRanges } from "./layout-table-bytes.js";
import { PairTable } from "./pair-kerning.js";
import type { ShapingFont } from "./fontkit-tables.js";
import { fontBytes, plans, type ContextRule, type Plans, type ScriptPlan } from "./shaping-plan.js";

/** A plan as JSON: sets as sorted lists, rules once each, kerning subtables by their offset. */
interface StoredScriptPlan {
  blocked: number[];
  rules: StoredRule[];
  /** First glyph → indexes into `rules`. */
  inContext: Array<[number, number[]]>;
  kerning: number[][];
}

type StoredRule =
  | { kind: "ligature"; components: number[][] }
  | { kind: "chain"; backtrack: number[][]; input: number[][]; lookahead: number[][] };

export interface StoredPlans {
  latin: StoredScriptPlan;
  common: StoredScriptPlan;
  glyphClasses: ClassRanges;
}

/** The stored form of a font's plans. */
export function storedPlans(plan: Plans): StoredPlans {
  return {
    latin: storedScriptPlan(plan.latin),
    common: storedScriptPlan(plan.common),
    glyphClasses: plan.glyphClasses,
  };
}

/** Plans back from their stored form, over the same font file's bytes. */
export function plansFromStored(stored: StoredPlans, bytes: DataView): Plans {
  return plans(
    scriptPlanFromStored(stored.latin, bytes),
    scriptPlanFromStored(stored.common, bytes),
    stored.glyphClasses,
  );
}

function storedScriptPlan(plan: ScriptPlan): StoredScriptPlan {
  const rules: ContextRule[] = [];
  const indexOf = (rule: ContextRule) => {
    const known = rules.indexOf(rule);
    return known !== -1 ? known : rules.push(rule) - 1;
  };
  const sorted = (glyphs: Iterable<number>) => [...glyphs].sort((a, b) => a - b);
  return {
    blocked: sorted(plan.blocked),
    inContext: [...plan.inContext].map(([glyph, list]) => [glyph, list.map(indexOf)]),
    rules: rules.map((rule) =>
      rule.kind === "ligature"
        ? rule
        : {
            kind: "chain",
            backtrack: rule.backtrack.map(sorted),
            input: rule.input.map(sorted),
            lookahead: rule.lookahead.map(sorted),
          },
    ),
    kerning: plan.kerning.map((tables) => tables.map((table) => table.start)),
  };
}

function scriptPlanFromStored(stored: StoredScriptPlan, bytes: DataView): ScriptPlan {
  const rules: ContextRule[] = stored.rules.map((rule) =>
    rule.kind === "ligature"
      ? rule
      : {
          kind: "chain",
          backtrack: rule.backtrack.map((glyphs) => new Set(glyphs)),
          input: rule.input.map((glyphs) => new Set(glyphs)),
          lookahead: rule.lookahead.map((glyphs) => new Set(glyphs)),
        },
  );
  return {
    blocked: new Set(stored.blocked),
    inContext: new Map(
      stored.inContext.map(([glyph, list]) => [glyph, list.map((i) => rules[i]!)]),
    ),
    kerning: stored.kerning.map((tables) => tables.map((start) => new PairTable(bytes, start))),
  };
}

/** Plans by font content, read from and written to one file. */
export class PlanStore {
  private constructor(private readonly kept: KeptBetweenRuns<StoredPlans>) {}

  /** The store in `file`; empty if there is none yet or it cannot be read. */
  static open(file: string): PlanStore {
    return new PlanStore(KeptBetweenRuns.open(file));
  }

  /** The font's plans: stored ones if the store has them, else read (and kept) as `read` does. */
  plansFor(bytes: DataView, read: () => Plans | null): Plans | null {
    const key = fontKey(bytes);
    const stored = this.kept.get(key);
    if (stored) {
      try {
        return plansFromStored(stored, bytes);
      } catch {
        this.kept.delete(key);
      }
    }
    const fresh = read();
    if (fresh) this.kept.set(key, storedPlans(fresh));
    return fresh;
  }

  /** Writes the store if it changed (whole or not at all); false if it could not. */
  save(): boolean {
    return this.kept.save();
  }
}

function fontKey(bytes: DataView): string {
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return createHash("sha256").update(view).digest("hex");
}

let activeStore: PlanStore | undefined;

/** Makes this process's fonts take their plans from `store` (undefined: read them each run). */
export function usePlanStore(store: PlanStore | undefined): void {
  activeStore = store;
}

/** A font's plans, from the store in use if there is one. */
export function plansOf(font: ShapingFont, read: () => Plans | null): Plans | null {
  const bytes = fontBytes(font);
  return activeStore && bytes ? activeStore.plansFor(bytes, read) : read();
}
