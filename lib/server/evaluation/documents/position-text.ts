import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";

/**
 * "Thủ trưởng, Giám đốc" or "Chuyên viên": a manager's position then their title; for staff the
 * title alone, or the position's word when no title is recorded.
 */
export function positionText(person: { position: string; title: string | null }, locale: TLocale): string {
  const t = translatorFor(locale);
  const position = t(`peopleAdmin.form.positionOption.${person.position as "STAFF" | "DEPUTY_HEAD" | "HEAD"}`);
  const title = person.title?.trim();
  if (!title) return position;
  return person.position === "STAFF" ? title : `${position}, ${title}`;
}
