"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZMarkAllNotificationsRead } from "@/lib/schemas/notifications";
import { markAllNotificationsRead } from "@/lib/server/notifications/mark-all-notifications-read";

export const markAllNotificationsReadAction = createAction(ZMarkAllNotificationsRead, (actor, _input, now) =>
  markAllNotificationsRead(actor, now),
);
