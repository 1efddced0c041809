import { z } from "zod";
import { isMandatoryKind } from "@/lib/domain/notifications/is-mandatory-kind";
import { mailChannels } from "@/lib/domain/notifications/mail-channel";
import { notificationKinds } from "@/lib/domain/notifications/notification-kind";
import { vm, vt } from "@/lib/i18n/validation";
import "@/lib/schemas/zod-messages";

// Shared by the profile's e-mail form, its server action and PUT /api/v1/me/notification-preferences.

// Strict: a field the server does not take (a userId, say) is refused, not silently dropped.
export const ZNotificationPreference = z.strictObject({
  kind: z.enum(notificationKinds, vm("notification.kind")),
  channel: z.enum(mailChannels, vm("notification.channel")),
});

/**
 * Some or all kinds, each once; a kind not named keeps its current choice. A mandatory kind
 * (a signal about you, an escalation to you) cannot be OFF: refused here, so neither the form
 * nor the API can store it.
 */
export const ZSetNotificationPreferences = z.object({
  preferences: z
    .array(ZNotificationPreference, vm("notification.preferences"))
    .min(1, vm("notification.preferences"))
    .max(notificationKinds.length, vm("notification.duplicateKind"))
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item.kind))
          ctx.addIssue({ code: "custom", path: [index, "kind"], message: vt("notification.duplicateKind") });
        seen.add(item.kind);
        if (item.channel === "OFF" && isMandatoryKind(item.kind))
          ctx.addIssue({ code: "custom", path: [index, "channel"], message: vt("notification.mandatoryOff") });
      });
    }),
});
export type TSetNotificationPreferences = z.infer<typeof ZSetNotificationPreferences>;
