import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { defaultMailChannel } from "@/lib/domain/notifications/default-mail-channel";
import type { TSetNotificationPreferences } from "@/lib/schemas/notification-preferences";
import { db } from "@/lib/server/db/prisma";
import { findNotificationPreferences, type TNotificationPreferenceRow } from "./find-notification-preferences";

/**
 * Saves the actor's own e-mail choices (the id is the session's or the token's, never the
 * input's). A choice equal to the kind's default removes the stored row, so that only
 * differences are kept and a later change of default reaches everyone who never chose.
 * The schema has already refused OFF for a mandatory kind.
 */
export async function setNotificationPreferences(
  actor: Pick<TActor, "id">,
  input: TSetNotificationPreferences,
): Promise<TNotificationPreferenceRow[]> {
  await db.$transaction(async (tx) => {
    for (const { kind, channel } of input.preferences) {
      const where = { userId_kind: { userId: actor.id, kind } };
      if (channel === defaultMailChannel(kind))
        await tx.notificationPreference.deleteMany({ where: { userId: actor.id, kind } });
      else
        await tx.notificationPreference.upsert({
          where,
          create: { userId: actor.id, kind, channel },
          update: { channel },
        });
    }
  });
  return findNotificationPreferences(actor.id);
}
