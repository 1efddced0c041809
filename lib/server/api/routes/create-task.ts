import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { translate } from "@/lib/i18n/translate";
import { ZApiCreatedTask } from "@/lib/schemas/api/tasks";
import { ZCreateTask } from "@/lib/schemas/task";
import { createTask } from "@/lib/server/tasks-create/create-task";
import { getTaskOrThrow } from "@/lib/server/tasks/get-task-or-throw";
import { SAMPLE_ID } from "../openapi/curl-example";
import { defineApiRoute } from "../define-api-route";
import { getClassifyContext } from "@/lib/server/settings/get-classify-context";
import { serializeTask } from "../serialize/serialize-task";

export const createTaskRoute = defineApiRoute({
  method: "POST",
  path: "/tasks",
  operationId: "createTask",
  tag: "openapi.tags.tasks",
  summary: "openapi.routes.createTask.summary",
  description: "openapi.routes.createTask.description",
  body: {
    schema: ZCreateTask,
    example: {
      directiveId: SAMPLE_ID,
      title: dataText("Rà soát quy trình tiếp nhận hồ sơ"),
      point: "2a",
      leadUnitId: SAMPLE_ID,
      deadline: "2026-04-30",
      templateId: SAMPLE_ID,
      steps: [
        { ownerId: SAMPLE_ID, deadline: "2026-04-15" },
        { ownerId: SAMPLE_ID, deadline: "2026-04-30" },
      ],
    },
  },
  errors: [400, 403, 404, 409],
  response: { status: 201, description: "openapi.routes.createTask.response", schema: ZApiCreatedTask },
  run: async ({ actor, body, now }) => {
    const { id, warnings } = await createTask(actor, body, now);
    const [task, context] = await Promise.all([getTaskOrThrow(actor, id), getClassifyContext(now)]);
    return { ...serializeTask(actor, task, context), warnings: warnings.map((w) => translate(actor.locale, w)) };
  },
});
