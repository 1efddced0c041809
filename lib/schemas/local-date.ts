import { z } from "zod";
import { isLocalDate } from "@/lib/domain/calendar";
import "@/lib/schemas/zod-vietnamese";

/**
 * A calendar day in Asia/Ho_Chi_Minh, sent as yyyy-mm-dd (the date fields post this form
 * whatever the browser's locale; the API documents it). Nothing else is read as a date: no
 * timestamps, no numbers, no "12/24/2026".
 */
export function localDate(message: string) {
  return z.string({ error: message }).refine(isLocalDate, message);
}
