import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiTask } from "@/lib/schemas/api/tasks";
import { getTaskOrThrow } from "@/lib/server/tasks/get-task-or-throw";
import { defineApiRoute } from "../define-api-route";
import { getClassifyContext } from "@/lib/server/settings/get-classify-context";
import { serializeTask } from "../serialize/serialize-task";

export const getTaskRoute = defineApiRoute({
  method: "GET",
  path: "/tasks/{id}",
  operationId: "getTask",
  tag: "openapi.tags.tasks",
  summary: "openapi.routes.getTask.summary",
  description: "openapi.routes.getTask.description",
  params: ZIdPath,
  errors: [404],
  response: { status: 200, description: "openapi.routes.getTask.response", schema: ZApiTask },
  run: async ({ actor, params, now }) => {
    const [task, context] = await Promise.all([getTaskOrThrow(actor, params.id), getClassifyContext(now)]);
    return serializeTask(actor, task, context);
  },
});
