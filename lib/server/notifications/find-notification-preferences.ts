import "server-only";
import { defaultMailChannel } from "@/lib/domain/notifications/default-mail-channel";
import { isMandatoryKind } from "@/lib/domain/notifications/is-mandatory-kind";
import type { TMailChannel } from "@/lib/domain/notifications/mail-channel";
import { mailChannelOf } from "@/lib/domain/notifications/mail-channel-of";
import { notificationKinds, type TNotificationKind } from "@/lib/domain/notifications/notification-kind";
import { db } from "@/lib/server/db/prisma";

export type TNotificationPreferenceRow = {
  kind: TNotificationKind;
  /** What applies now: the stored choice, else the default. */
  channel: TMailChannel;
  defaultChannel: TMailChannel;
  isMandatory: boolean;
};

/** Every kind with the channel that applies to `userId` (the profile's form and the API's GET). */
export async function findNotificationPreferences(userId: string): Promise<TNotificationPreferenceRow[]> {
  const stored = await db.notificationPreference.findMany({
    where: { userId },
    select: { kind: true, channel: true },
  });
  const byKind = new Map<string, TMailChannel>(stored.map((p) => [p.kind, p.channel]));
  return notificationKinds.map((kind) => ({
    kind,
    channel: mailChannelOf(kind, byKind.get(kind) ?? null),
    defaultChannel: defaultMailChannel(kind),
    isMandatory: isMandatoryKind(kind),
  }));
}
