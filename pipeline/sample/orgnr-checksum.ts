// The mod-11 check digit of Norwegian organisation numbers (SPEC §3.2). The sample needs it to
// plant orgnr values that fail the check; the importer has its own validator.
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** The check digit for the first eight digits, or undefined when no digit is valid (r = 10). */
export function orgnrCheckDigit(firstEight: string): number | undefined {
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(firstEight[i]), 0);
  const r = 11 - (sum % 11);
  if (r === 11) return 0;
  return r === 10 ? undefined : r;
}

export function hasValidOrgnrChecksum(orgnr: string): boolean {
  if (!/^\d{9}$/.test(orgnr)) return false;
  return orgnrCheckDigit(orgnr.slice(0, 8)) === Number(orgnr[8]);
}

/** The same number with its last digit changed so that the check fails (a typo). */
export function withBadChecksum(orgnr: string): string {
  const good = Number(orgnr[8]);
  const bad = (good + 1) % 10;
  return `${orgnr.slice(0, 8)}${bad}`;
}
