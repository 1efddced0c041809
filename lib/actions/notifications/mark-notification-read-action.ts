"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZNotificationRef } from "@/lib/schemas/notifications";
import { markNotificationRead } from "@/lib/server/notifications/mark-notification-read";

export const markNotificationReadAction = createAction(ZNotificationRef, async (actor, input, now) => {
  const row = await markNotificationRead(actor, input, now);
  return { id: row.id };
});
