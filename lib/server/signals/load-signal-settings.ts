import "server-only";
import { z } from "zod";
import { buildCalendar, type TCalendarEntry, type TWorkCalendar } from "@/lib/domain/calendar";
import type { TSignalPolicy } from "@/lib/domain/signals";
import type { Prisma } from "@/lib/server/db/prisma";

export type TSignalSettings = { calendar: TWorkCalendar; policy: TSignalPolicy };

// Same shape and defaults as lib/server/settings/get-policy.ts, which reads through the global
// client only. Inside a transaction on PGlite (one connection) a read outside the transaction
// waits for it to end, so the refresh must read its settings through the client it was given.
const ZPolicy = z.object({
  dueSoonWorkingDays: z.number().int().min(0).max(30).default(3),
  stalledAfterWorkingDays: z.number().int().min(1).max(60).default(5),
  pingPongReassignments: z.number().int().min(1).max(20).default(3),
  escalationLadder: z.array(z.number().int().min(0)).default([2, 5, 10]),
});

/** The settings from the calendar's rows and the stored policy (the defaults where it is missing or invalid). */
export function toSignalSettings(calendarRows: readonly TCalendarEntry[], storedPolicy: unknown): TSignalSettings {
  const parsed = ZPolicy.safeParse(storedPolicy ?? {});
  return { calendar: buildCalendar(calendarRows), policy: parsed.success ? parsed.data : ZPolicy.parse({}) };
}

/** The working-day calendar and the signal thresholds, read through `client` (a transaction or the db). */
export async function loadSignalSettings(client: Prisma.TransactionClient): Promise<TSignalSettings> {
  // Sequential, not Promise.all: a transaction client runs one statement at a time anyway.
  const rows = await client.calendarDay.findMany({ select: { date: true, kind: true, name: true } });
  const setting = await client.setting.findUnique({ where: { key: "policy" } });
  return toSignalSettings(rows as TCalendarEntry[], setting?.value);
}
