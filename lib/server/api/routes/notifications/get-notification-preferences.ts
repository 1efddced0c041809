import "server-only";
import { ZApiNotificationPreferences } from "@/lib/schemas/api/notifications";
import { findNotificationPreferences } from "@/lib/server/notifications/find-notification-preferences";
import { defineApiRoute } from "../../define-api-route";
import { serializeNotificationPreferences } from "../../serialize/serialize-notification-preferences";

/** The caller's e-mail channel for every kind of notification: the profile's form, as data. */
export const getNotificationPreferencesRoute = defineApiRoute({
  method: "GET",
  path: "/me/notification-preferences",
  operationId: "getNotificationPreferences",
  tag: "openapi.tags.notifications",
  summary: "openapi.routes.getNotificationPreferences.summary",
  description: "openapi.routes.getNotificationPreferences.description",
  errors: [],
  response: {
    status: 200,
    description: "openapi.routes.getNotificationPreferences.response",
    schema: ZApiNotificationPreferences,
  },
  run: async ({ actor }) => serializeNotificationPreferences(await findNotificationPreferences(actor.id)),
});
