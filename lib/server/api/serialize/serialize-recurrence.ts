import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";
import type { findRecurrences } from "@/lib/server/recurrences/find-recurrences";

type TRow = Awaited<ReturnType<typeof findRecurrences>>["items"][number];

/** A recurrence as the API returns it, its rule worded in the caller's language. */
export function serializeRecurrence(row: TRow, locale: TLocale) {
  return {
    id: row.id,
    title: row.title,
    rule: translate(locale, row.rule),
    frequency: row.frequency,
    deadlineRule: row.deadlineRule,
    deadlineDay: row.deadlineDay,
    deadlineNextMonth: row.deadlineNextMonth,
    deadlineOffset: row.deadlineOffset,
    leadDays: row.leadDays,
    startsOn: row.startsOn,
    leadUnit: row.leadUnit,
    directive: row.directive,
    nextPeriod: row.nextPeriod,
    instanceCount: row.instanceCount,
    stoppedAt: row.stoppedAt?.toISOString() ?? null,
    canStop: row.canStop,
  };
}
