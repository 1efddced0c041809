"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZSetNotificationPreferences } from "@/lib/schemas/notification-preferences";
import { setNotificationPreferences } from "@/lib/server/notifications/set-notification-preferences";

export const setNotificationPreferencesAction = createAction(ZSetNotificationPreferences, (actor, input) =>
  setNotificationPreferences(actor, input),
);
