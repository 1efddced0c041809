import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiNotificationRead } from "@/lib/schemas/api/notifications";
import { markNotificationRead } from "@/lib/server/notifications/mark-notification-read";
import { defineApiRoute } from "../../define-api-route";

export const markNotificationReadRoute = defineApiRoute({
  method: "POST",
  path: "/notifications/{id}/read",
  operationId: "markNotificationRead",
  tag: "openapi.tags.notifications",
  summary: "openapi.routes.markNotificationRead.summary",
  description: "openapi.routes.markNotificationRead.description",
  params: ZIdPath,
  errors: [404],
  response: { status: 200, description: "openapi.routes.markNotificationRead.response", schema: ZApiNotificationRead },
  run: async ({ actor, params, now }) => {
    const row = await markNotificationRead(actor, { notificationId: params.id }, now);
    return { id: row.id, readAt: (row.readAt ?? now).toISOString() };
  },
});
