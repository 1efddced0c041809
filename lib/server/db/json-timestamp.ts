/**
 * A `timestamp(3)` column read through json_agg/row_to_json: ISO text with no offset, holding
 * UTC (as Prisma stores DateTime). Null stays null.
 */
export function jsonTimestamp(value: unknown): Date | null {
  if (value == null) return null;
  const text = String(value);
  return new Date(/(Z|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text}Z`);
}

/** The row with each of `keys` turned into a Date (or null) by jsonTimestamp. */
export function withJsonTimestamps<T extends Record<string, unknown>>(row: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = { ...row };
  for (const k of keys) out[k] = jsonTimestamp(row[k]);
  return out as T;
}
