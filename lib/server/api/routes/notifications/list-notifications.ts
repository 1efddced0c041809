import "server-only";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiNotification, ZNotificationListQuery } from "@/lib/schemas/api/notifications";
import { findNotifications } from "@/lib/server/notifications/find-notifications";
import { defineApiRoute } from "../../define-api-route";
import { serializeNotification } from "../../serialize/serialize-notification";

/** The caller's own notifications, newest first: the very read of the notifications page. */
export const listNotificationsRoute = defineApiRoute({
  method: "GET",
  path: "/notifications",
  operationId: "listNotifications",
  tag: "openapi.tags.notifications",
  summary: "openapi.routes.listNotifications.summary",
  description: "openapi.routes.listNotifications.description",
  query: ZNotificationListQuery,
  exampleQuery: { unread: "true" },
  errors: [400],
  response: {
    status: 200,
    description: "openapi.routes.listNotifications.response",
    schema: ZPageOf(ZApiNotification),
  },
  run: async ({ actor, query }) => {
    const page = await findNotifications(actor, { unread: query.unread === "true", cursor: query.cursor });
    return { items: page.items.map((n) => serializeNotification(n, actor.locale)), nextCursor: page.nextCursor };
  },
});
