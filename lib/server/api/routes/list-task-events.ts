import "server-only";
import { z } from "zod";
import { ZIdPath, ZPageOf } from "@/lib/schemas/api/common";
import { ZApiEvent, ZEventListQuery } from "@/lib/schemas/api/tasks";
import { decodeCursor, nextKeysetCursor } from "../cursor";
import { defineApiRoute } from "../define-api-route";
import { findTaskEvents } from "../reads/find-task-events";

const ZEventCursor = z.object({ s: z.number().int().min(0) });

export const listTaskEventsRoute = defineApiRoute({
  method: "GET",
  path: "/tasks/{id}/events",
  operationId: "listTaskEvents",
  tag: "openapi.tags.tasks",
  summary: "openapi.routes.listTaskEvents.summary",
  description: "openapi.routes.listTaskEvents.description",
  params: ZIdPath,
  query: ZEventListQuery,
  errors: [400, 404],
  response: { status: 200, description: "openapi.routes.listTaskEvents.response", schema: ZPageOf(ZApiEvent) },
  run: async ({ actor, params, query }) => {
    const after = decodeCursor(ZEventCursor, query.cursor)?.s ?? null;
    const page = await findTaskEvents(actor, params.id, after, query.limit);
    return {
      items: page.items.map((e) => ({
        id: e.id,
        seq: e.seq,
        at: e.at.toISOString(),
        kind: e.kind,
        actor: e.actor ? { id: e.actor.id, name: e.actor.name } : null,
        onBehalfOf: e.onBehalfOf ? { id: e.onBehalfOf.id, name: e.onBehalfOf.name } : null,
        taskId: e.taskId,
        stepId: e.stepId,
        consultationId: e.consultationId,
        payload: e.payload,
        reason: e.reason,
      })),
      nextCursor: nextKeysetCursor(page, (last) => ({ s: last.seq })),
    };
  },
});
