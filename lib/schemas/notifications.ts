import { z } from "zod";
import { vm } from "@/lib/i18n/validation";

// Shared by the notification buttons, their server actions and the API routes.

const notificationId = z.uuid(vm("notification.badId"));

/** One notification, by id: the recipient is the session's person, never the input's. */
export const ZNotificationRef = z.object({ notificationId });
export type TNotificationRef = z.infer<typeof ZNotificationRef>;

/** "Mark all as read" takes nothing: whose, and up to when, are the server's. */
export const ZMarkAllNotificationsRead = z.object({});
