// The one date a reproducible PDF may carry: SOURCE_DATE_EPOCH when the build sets it
// (reproducible-builds.org), else the last day of the data year, midnight UTC.
export function reportDate(year: number, sourceDateEpoch?: number | string): Date {
  const epoch =
    typeof sourceDateEpoch === "string" ? Number(sourceDateEpoch.trim()) : sourceDateEpoch;
  if (epoch !== undefined && Number.isFinite(epoch) && String(sourceDateEpoch).trim() !== "")
    return new Date(Math.trunc(epoch) * 1000);
  return new Date(Date.UTC(year, 11, 31));
}
