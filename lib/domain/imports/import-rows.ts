import type { z } from "zod";
import { msg, type TMessage } from "@/lib/i18n/message";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";

// What every import's plan shares: a row's fate and errors, and the checks of one cell.

export type TRowFate = "NEW" | "CHANGED" | "UNCHANGED" | "ERROR";
export type TRowError = { field: string; message: TMessage };
export type TRowResult = { row: number; key: string; fate: TRowFate; errors: TRowError[]; changed: string[] };

const FATES: TRowFate[] = ["NEW", "CHANGED", "UNCHANGED", "ERROR"];

export function countFates(rows: readonly TRowResult[]): Record<TRowFate, number> {
  const counts = Object.fromEntries(FATES.map((f) => [f, 0])) as Record<TRowFate, number>;
  for (const r of rows) counts[r.fate] += 1;
  return counts;
}

export function check<T>(schema: z.ZodType<T>, value: string, field: string, errors: TRowError[]): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  errors.push({ field, message: msg("imports.error.invalid", { detail: parsed.error.issues[0]?.message ?? "" }) });
  return undefined;
}

export function required(value: string, field: string, errors: TRowError[]): boolean {
  if (value.trim() !== "") return true;
  // A cell that could not be read (a formula, a merged cell) already says why it is empty.
  if (errors.some((e) => e.field === field)) return false;
  errors.push({ field, message: msg("imports.error.required") });
  return false;
}

export function word<T>(
  value: string,
  words: ReadonlyMap<string, T>,
  field: string,
  errors: TRowError[],
): T | undefined {
  const found = words.get(normalizeSearchText(value));
  if (found === undefined) errors.push({ field, message: msg("imports.error.unknownWord", { value }) });
  return found;
}

/** The first row that used each key, so a later row can be told which one it repeats. */
export function firstRows<R extends { row: number }>(rows: readonly R[], keyOf: (r: R) => string): Map<string, number> {
  const first = new Map<string, number>();
  for (const r of rows) {
    const key = keyOf(r);
    if (key && !first.has(key)) first.set(key, r.row);
  }
  return first;
}

export function result(row: number, key: string, errors: TRowError[], isNew: boolean, changed: string[]): TRowResult {
  const fate: TRowFate = errors.length > 0 ? "ERROR" : isNew ? "NEW" : changed.length > 0 ? "CHANGED" : "UNCHANGED";
  return { row, key, fate, errors, changed: errors.length > 0 ? [] : changed };
}
