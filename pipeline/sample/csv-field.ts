// RFC 4180 quoting: a field is quoted only when it holds the delimiter, a quote or a line break.

export function csvField(value: string, delimiter: string): string {
  const needsQuotes =
    value.includes(delimiter) ||
    value.includes('"') ||
    value.includes("\n") ||
    value.includes("\r");
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(fields: readonly string[], delimiter: string): string {
  return fields.map((f) => csvField(f, delimiter)).join(delimiter);
}
