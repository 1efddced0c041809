import "server-only";
import { ZApiNotificationsReadAll } from "@/lib/schemas/api/notifications";
import { markAllNotificationsRead } from "@/lib/server/notifications/mark-all-notifications-read";
import { defineApiRoute } from "../../define-api-route";

export const markAllNotificationsReadRoute = defineApiRoute({
  method: "POST",
  path: "/notifications/read-all",
  operationId: "markAllNotificationsRead",
  tag: "openapi.tags.notifications",
  summary: "openapi.routes.markAllNotificationsRead.summary",
  description: "openapi.routes.markAllNotificationsRead.description",
  errors: [],
  response: {
    status: 200,
    description: "openapi.routes.markAllNotificationsRead.response",
    schema: ZApiNotificationsReadAll,
  },
  run: ({ actor, now }) => markAllNotificationsRead(actor, now),
});
