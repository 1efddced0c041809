import "server-only";
import { z } from "zod";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiTaskListItem, ZTaskListQuery } from "@/lib/schemas/api/tasks";
import { decodeCursor, nextKeysetCursor } from "../cursor";
import { defineApiRoute } from "../define-api-route";
import { findTaskPage } from "@/lib/server/search/find-task-page";
import { getClassifyContext } from "@/lib/server/settings/get-classify-context";
import { resolveUnitFilter } from "../reads/resolve-unit-filter";
import { serializeTaskListItem } from "../serialize/serialize-task";

const ZTaskCursor = z.object({ d: z.iso.datetime(), i: z.uuid() });

export const listTasksRoute = defineApiRoute({
  method: "GET",
  path: "/tasks",
  operationId: "listTasks",
  tag: "openapi.tags.tasks",
  summary: "openapi.routes.listTasks.summary",
  description: "openapi.routes.listTasks.description",
  query: ZTaskListQuery,
  exampleQuery: { q: "quy trinh", state: "OVERDUE", deadlineFrom: "2026-01-01", limit: "20" },
  errors: [400],
  response: { status: 200, description: "openapi.routes.listTasks.response", schema: ZPageOf(ZApiTaskListItem) },
  run: async ({ actor, query, now }) => {
    const [context, unitPath] = await Promise.all([getClassifyContext(now), resolveUnitFilter(query.unit)]);
    const page = await findTaskPage(
      actor,
      {
        q: query.q,
        directiveId: query.directive,
        unitPath,
        ownerId: query.owner,
        state: query.state,
        status: query.status,
        deadlineFrom: query.deadlineFrom,
        deadlineTo: query.deadlineTo,
        after: decodeCursor(ZTaskCursor, query.cursor),
        limit: query.limit,
      },
      context,
    );
    return {
      items: page.items.map((t) => serializeTaskListItem(t, context)),
      nextCursor: nextKeysetCursor(page, (last) => ({ d: last.deadline.toISOString(), i: last.id })),
    };
  },
});
