import "server-only";
import { ZApiNotificationPreferences } from "@/lib/schemas/api/notifications";
import { ZSetNotificationPreferences } from "@/lib/schemas/notification-preferences";
import { setNotificationPreferences } from "@/lib/server/notifications/set-notification-preferences";
import { defineApiRoute } from "../../define-api-route";
import { serializeNotificationPreferences } from "../../serialize/serialize-notification-preferences";

/** Changes the caller's own e-mail channels; the kinds not named keep theirs. */
export const setNotificationPreferencesRoute = defineApiRoute({
  method: "PUT",
  path: "/me/notification-preferences",
  operationId: "setNotificationPreferences",
  tag: "openapi.tags.notifications",
  summary: "openapi.routes.setNotificationPreferences.summary",
  description: "openapi.routes.setNotificationPreferences.description",
  body: {
    schema: ZSetNotificationPreferences,
    example: { preferences: [{ kind: "CONSULTATION_ANSWERED", channel: "IMMEDIATE" }] },
  },
  errors: [400],
  response: {
    status: 200,
    description: "openapi.routes.setNotificationPreferences.response",
    schema: ZApiNotificationPreferences,
  },
  run: async ({ actor, body }) => serializeNotificationPreferences(await setNotificationPreferences(actor, body)),
});
