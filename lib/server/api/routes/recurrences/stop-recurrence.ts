import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiStoppedRecurrence } from "@/lib/schemas/api/recurrences";
import { stopRecurrence } from "@/lib/server/recurrences/stop-recurrence";
import { defineApiRoute } from "../../define-api-route";

export const stopRecurrenceRoute = defineApiRoute({
  method: "POST",
  path: "/recurrences/{id}/stop",
  operationId: "stopRecurrence",
  tag: "openapi.tags.tasks",
  summary: "openapi.routes.stopRecurrence.summary",
  description: "openapi.routes.stopRecurrence.description",
  params: ZIdPath,
  errors: [403, 404, 409],
  response: { status: 200, description: "openapi.routes.stopRecurrence.response", schema: ZApiStoppedRecurrence },
  run: async ({ actor, params, now }) => {
    const { id, stoppedAt } = await stopRecurrence(actor, params.id, now);
    return { id, stoppedAt: stoppedAt.toISOString() };
  },
});
