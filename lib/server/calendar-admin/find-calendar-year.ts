import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { defaultHolidays } from "@/lib/domain/calendar";
import type { TCalendarYear } from "@/lib/schemas/calendar";
import { db } from "@/lib/server/db/prisma";
import { assertCalendarAdmin } from "./assert-calendar-admin";

/**
 * A year's holidays and swapped working days in date order, and whether the shipped defaults
 * exist for that year and differ from what is stored (so the page can offer to restore them).
 */
export async function findCalendarYear(actor: TActor, input: TCalendarYear, _now: Date) {
  assertCalendarAdmin(actor);
  const entries = await db.calendarDay.findMany({
    where: { year: input.year },
    orderBy: { date: "asc" },
    select: { date: true, kind: true, name: true, updatedAt: true },
  });
  const defaults = defaultHolidays.filter((d) => d.date.startsWith(`${input.year}-`));
  const key = (e: { date: string; kind: string; name: string }) => `${e.date}|${e.kind}|${e.name}`;
  const stored = new Set(entries.map(key));
  const matchesDefaults = defaults.length === entries.length && defaults.every((d) => stored.has(key(d)));
  return { year: input.year, entries, hasDefaults: defaults.length > 0, matchesDefaults };
}
