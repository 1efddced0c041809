import "server-only";
import { localDateOf } from "@/lib/domain/calendar";

/**
 * An instant as the Excel date of its day in Hà Nội. Excel dates have no time zone and
 * exceljs writes a Date by its UTC fields, so the local date is passed as UTC midnight;
 * otherwise a deadline at 23:59 in Hà Nội would show as the day before.
 */
export function excelDate(instant: Date): Date {
  return new Date(`${localDateOf(instant)}T00:00:00.000Z`);
}
