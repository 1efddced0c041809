import "server-only";
import type { z } from "zod";
import type { ZApiNotificationPreferences } from "@/lib/schemas/api/notifications";
import type { TNotificationPreferenceRow } from "@/lib/server/notifications/find-notification-preferences";

export function serializeNotificationPreferences(
  rows: TNotificationPreferenceRow[],
): z.input<typeof ZApiNotificationPreferences> {
  return {
    preferences: rows.map((r) => ({
      kind: r.kind,
      channel: r.channel,
      defaultChannel: r.defaultChannel,
      mandatory: r.isMandatory,
    })),
  };
}
