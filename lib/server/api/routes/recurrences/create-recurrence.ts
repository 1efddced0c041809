import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZApiCreatedRecurrence } from "@/lib/schemas/api/recurrences";
import { ZCreateRecurrence } from "@/lib/schemas/recurrence";
import { createRecurrence } from "@/lib/server/recurrences/create-recurrence";
import { findRecurrences } from "@/lib/server/recurrences/find-recurrences";
import { SAMPLE_ID } from "../../openapi/curl-example";
import { defineApiRoute } from "../../define-api-route";
import { serializeRecurrence } from "../../serialize/serialize-recurrence";

export const createRecurrenceRoute = defineApiRoute({
  method: "POST",
  path: "/recurrences",
  operationId: "createRecurrence",
  tag: "openapi.tags.tasks",
  summary: "openapi.routes.createRecurrence.summary",
  description: "openapi.routes.createRecurrence.description",
  body: {
    schema: ZCreateRecurrence,
    example: {
      title: dataText("Báo cáo công tác tiếp công dân gửi Vụ Thanh tra - Kiểm tra"),
      directiveId: SAMPLE_ID,
      leadUnitId: SAMPLE_ID,
      templateId: SAMPLE_ID,
      frequency: "MONTHLY",
      deadlineRule: "FIXED_DAY",
      deadlineDay: 20,
      leadDays: 7,
      startsOn: "2026-12",
      steps: [
        { ownerId: SAMPLE_ID, durationDays: 1 },
        { ownerId: SAMPLE_ID, durationDays: 4 },
      ],
    },
  },
  errors: [400, 403, 404, 409],
  response: { status: 201, description: "openapi.routes.createRecurrence.response", schema: ZApiCreatedRecurrence },
  run: async ({ actor, body, now }) => {
    const { id, created } = await createRecurrence(actor, body, now);
    const [row] = (await findRecurrences(actor, { page: 1, id }, now)).items;
    return { recurrence: serializeRecurrence(row, actor.locale), created };
  },
});
