// Norwegian organisation numbers (SPEC §3.2): nine digits, the last a mod-11 check digit with
// weights 3 2 7 6 5 4 3 2; r = 11 − sum mod 11; r = 11 → 0; r = 10 → no valid number.

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;
const NINE_DIGITS = /^\d{9}$/;

export function isOrgnrFormat(value: string): boolean {
  return NINE_DIGITS.test(value);
}

/** The check digit for the first eight digits; `undefined` when none exists (r = 10). */
export function orgnrCheckDigit(firstEight: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(firstEight[i]) * (WEIGHTS[i] ?? 0);
  const r = 11 - (sum % 11);
  if (r === 11) return 0;
  if (r === 10) return undefined;
  return r;
}

export function isValidOrgnr(value: string): boolean {
  if (!isOrgnrFormat(value)) return false;
  return orgnrCheckDigit(value.slice(0, 8)) === Number(value[8]);
}
