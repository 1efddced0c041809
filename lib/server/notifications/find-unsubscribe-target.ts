import "server-only";
import { isMandatoryKind } from "@/lib/domain/notifications/is-mandatory-kind";
import type { TNotificationKind } from "@/lib/domain/notifications/notification-kind";
import { DEFAULT_LOCALE, isLocale, type TLocale } from "@/lib/i18n/locales";
import { db } from "@/lib/server/db/prisma";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

export type TUnsubscribeTarget = {
  userId: string;
  email: string;
  locale: TLocale;
  kind: TNotificationKind;
  isMandatory: boolean;
};

/** Whose and which kind an unsubscribe link names, if its MAC holds and the person exists; reads only. */
export async function findUnsubscribeTarget(secret: string, token: string): Promise<TUnsubscribeTarget | null> {
  const verified = verifyUnsubscribeToken(secret, token);
  if (!verified) return null;
  const user = await db.user.findUnique({ where: { id: verified.userId }, select: { email: true, locale: true } });
  if (!user) return null;
  return {
    userId: verified.userId,
    email: user.email,
    locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE,
    kind: verified.kind,
    isMandatory: isMandatoryKind(verified.kind),
  };
}
