import { z } from "zod";
import { mailChannels } from "@/lib/domain/notifications/mail-channel";
import { notificationKinds } from "@/lib/domain/notifications/notification-kind";
import { ZApiId, ZCursorParam, ZInstant, ZPersonRef } from "./common";

export const ZNotificationListQuery = z.object({
  // The literal text of a query string: "true" or "false", never coerced from anything else.
  unread: z.enum(["true", "false"]).optional().meta({ description: "openapi.schemas.notificationUnread" }),
  cursor: ZCursorParam,
});

export const ZApiNotification = z.object({
  id: ZApiId,
  kind: z.enum(notificationKinds),
  /** The notification as a sentence, in the caller's language. */
  sentence: z.string(),
  createdAt: ZInstant,
  readAt: ZInstant.nullable(),
  /** Who did it; null when nobody did (a signal raised by the rules). */
  actor: ZPersonRef.nullable(),
  taskId: ZApiId.nullable(),
  stepId: ZApiId.nullable(),
  consultationId: ZApiId.nullable(),
  signalId: ZApiId.nullable(),
  /** The page it leads to, relative to the application's address. */
  href: z.string(),
});

export const ZApiNotificationRead = z.object({ id: ZApiId, readAt: ZInstant });
export const ZApiNotificationsReadAll = z.object({ count: z.number().int().min(0) });

export const ZApiNotificationPreference = z.object({
  kind: z.enum(notificationKinds),
  /** The channel that applies: the caller's choice, else the default. */
  channel: z.enum(mailChannels),
  defaultChannel: z.enum(mailChannels),
  /** A mandatory kind cannot be OFF. */
  mandatory: z.boolean(),
});
export const ZApiNotificationPreferences = z.object({ preferences: z.array(ZApiNotificationPreference) });
