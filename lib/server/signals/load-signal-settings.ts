import "server-only";
import { buildCalendar, type TCalendarEntry, type TWorkCalendar } from "@/lib/domain/calendar";
import type { TSignalPolicy } from "@/lib/domain/signals";
import { policyFromStored } from "@/lib/schemas/policy";
import type { Prisma } from "@/lib/server/db/prisma";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { getPolicy } from "@/lib/server/settings/get-policy";

export type TSignalSettings = { calendar: TWorkCalendar; policy: TSignalPolicy };

/** The settings from the calendar's rows and the stored policy (the defaults where it is missing or invalid). */
export function toSignalSettings(calendarRows: readonly TCalendarEntry[], storedPolicy: unknown): TSignalSettings {
  return { calendar: buildCalendar(calendarRows), policy: policyFromStored(storedPolicy) };
}

/**
 * The working-day calendar and the signal thresholds, read through `client` (a transaction or
 * the db) by the same reads as everywhere else. Sequential, not Promise.all: a transaction
 * client runs one statement at a time anyway.
 */
export async function loadSignalSettings(client: Prisma.TransactionClient): Promise<TSignalSettings> {
  const calendar = await getWorkCalendar(client);
  return { calendar, policy: await getPolicy(client) };
}
