// The frame of a scaled input (SPEC §12: cost linear in respondents): every organisation of a
// year `scale` times. The original keeps its id, orgnr and panel id; copy c (2…scale) gets the
// id and panel id `<original>-c` and an organisation number of its own with a valid mod-11 check
// digit, the same in every year for the same original and copy, so the panel links hold.
import type { FrameOrganisation } from "../ingest/types.js";
import { orgnrCheckDigit } from "../sample/orgnr-checksum.js";

/** Hands out valid organisation numbers 1000000xx…, one per (original orgnr, copy). */
export class CopyOrgnrs {
  readonly #assigned = new Map<string, string>();
  #serial = 0;

  /** The number of copy `copy` of the organisation numbered `orgnr`. */
  of(orgnr: string, copy: number): string {
    const key = `${orgnr}|${copy}`;
    const known = this.#assigned.get(key);
    if (known !== undefined) return known;
    const fresh = this.#next();
    this.#assigned.set(key, fresh);
    return fresh;
  }

  /**
   * Real organisation numbers start with 8 or 9; these start with 1, so no copy can take an
   * original's number. A serial whose check digit would be 10 has no valid number: skipped.
   */
  #next(): string {
    for (;;) {
      const firstEight = `1${String(this.#serial++).padStart(7, "0")}`;
      if (firstEight.length > 8) throw new Error("more than ten million copies");
      const check = orgnrCheckDigit(firstEight);
      if (check !== undefined) return `${firstEight}${check}`;
    }
  }
}

function copyOf(o: FrameOrganisation, copy: number, orgnrs: CopyOrgnrs): FrameOrganisation {
  return {
    ...o,
    id: `${o.id}-${copy}`,
    orgnr: o.orgnr === null ? null : orgnrs.of(o.orgnr, copy),
    navn: `${o.navn} (${copy})`,
    panelId: `${o.panelId}-${copy}`,
  };
}

/**
 * Year → the year's frame `scale` times: the original frame, then copy 2 of every organisation
 * in the same order, then copy 3… `scale` 1 gives the frames back unchanged.
 */
export function scaledFrames(
  frames: ReadonlyMap<number, readonly FrameOrganisation[]>,
  scale: number,
): Map<number, FrameOrganisation[]> {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale ${scale}: a whole number ≥ 1`);
  const orgnrs = new CopyOrgnrs();
  const years = [...frames.keys()].sort((a, b) => a - b);
  return new Map(
    years.map((year) => {
      const frame = frames.get(year) ?? [];
      const scaled = [...frame];
      for (let copy = 2; copy <= scale; copy++)
        for (const o of frame) scaled.push(copyOf(o, copy, orgnrs));
      return [year, scaled];
    }),
  );
}
