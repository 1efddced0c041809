import { z } from "zod";
import { isLocalDate } from "@/lib/domain/calendar/is-local-date";
import { vt, type TValidationKey } from "@/lib/i18n/validation";
import "@/lib/schemas/zod-messages";

/**
 * A calendar day in Asia/Ho_Chi_Minh, sent as yyyy-mm-dd (the date fields post this form
 * whatever the browser's locale; the API documents it). Nothing else is read as a date: no
 * timestamps, no numbers, no "12/24/2026". `message` is the validation catalog's key.
 */
export function localDate(message: TValidationKey) {
  return z.string({ error: () => vt(message) }).refine(isLocalDate, { error: () => vt(message) });
}
