import "server-only";
import { defaultMailChannel } from "@/lib/domain/notifications/default-mail-channel";
import type { TMailChannel } from "@/lib/domain/notifications/mail-channel";
import { db } from "@/lib/server/db/prisma";
import { findUnsubscribeTarget, type TUnsubscribeTarget } from "./find-unsubscribe-target";

/**
 * The one-click unsubscribe (the page's button, or a mail client's RFC 8058 POST): the link's
 * person stops receiving e-mails of its kind. A mandatory kind cannot be OFF, so it goes to
 * the digest instead, and the answer says so. No session: the link's MAC is the authority, and
 * it can only turn this one kind down for this one person. Null for a forged or altered link.
 */
export async function unsubscribeFromKind(
  secret: string,
  token: string,
): Promise<(TUnsubscribeTarget & { channel: TMailChannel }) | null> {
  const target = await findUnsubscribeTarget(secret, token);
  if (!target) return null;
  const channel: TMailChannel = target.isMandatory ? "DIGEST" : "OFF";
  const { userId, kind } = target;
  if (channel === defaultMailChannel(kind)) await db.notificationPreference.deleteMany({ where: { userId, kind } });
  else
    await db.notificationPreference.upsert({
      where: { userId_kind: { userId, kind } },
      create: { userId, kind, channel },
      update: { channel },
    });
  return { ...target, channel };
}
