// Norwegian wording of numbers in running text. A change in percentage points ("prosentpoeng")
// and a relative change ("prosent") are different numbers; each gets its own word.
import { formatNumber, roundHalfAwayFromZero } from "../locale/nb.js";

/** Percent digits that keep "fra 27 til 33 prosent" consistent with "6 prosentpoeng". */
export function digitsForChange(from: number, to: number): number {
  const whole = (x: number) => roundHalfAwayFromZero(x * 100, 0);
  const differenceOfRounded = whole(to) - whole(from);
  const roundedDifference = roundHalfAwayFromZero((to - from) * 100, 0);
  return differenceOfRounded === roundedDifference ? 0 : 1;
}

/** "økte med 6 prosentpoeng (fra 27 til 33 prosent, en økning på 23 prosent)". */
export function describeShareChange(from: number, to: number): string {
  const digits = digitsForChange(from, to);
  const pp = (to - from) * 100;
  const relative = from === 0 ? null : (to / from - 1) * 100;
  const fromTo = `fra ${formatNumber(from * 100, digits)} til ${formatNumber(to * 100, digits)} prosent`;
  if (roundHalfAwayFromZero(Math.abs(pp), digits) === 0) return `var uendret (${fromTo})`;
  const verb = pp > 0 ? "økte" : "falt";
  const noun = pp > 0 ? "en økning" : "en nedgang";
  const relativeText =
    relative === null ? "" : `, ${noun} på ${formatNumber(Math.abs(relative), 0)} prosent`;
  return `${verb} med ${formatNumber(Math.abs(pp), digits)} prosentpoeng (${fromTo}${relativeText})`;
}

/** 0.6 → "seks av ti" when the share is close to a tenth, for the reader's ear. */
export function shareInTenths(share: number): string | undefined {
  const tenths = Math.round(share * 10);
  if (Math.abs(share * 10 - tenths) > 0.25 || tenths < 1 || tenths > 9) return undefined;
  const words = ["", "én", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"];
  return `${words[tenths]} av ti`;
}

/** "var 31 prosent i 2020 mot 25 prosent i 2019" — for a change the data cannot vouch for. */
export function describeUncertainShareChange(
  from: number,
  to: number,
  fromYear: number,
  toYear: number,
): string {
  const digits = digitsForChange(from, to);
  return (
    `var ${formatNumber(to * 100, digits)} prosent i ${toYear} mot ` +
    `${formatNumber(from * 100, digits)} prosent i ${fromYear}, men endringen er innenfor ` +
    `den statistiske usikkerheten`
  );
}
