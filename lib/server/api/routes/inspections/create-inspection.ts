import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZApiInspection } from "@/lib/schemas/api/inspections";
import { ZCreateInspection } from "@/lib/schemas/inspection";
import { createInspection } from "@/lib/server/inspections/create-inspection";
import { getInspectionDetails } from "@/lib/server/inspections/get-inspection-details";
import { SAMPLE_ID } from "../../openapi/curl-example";
import { defineApiRoute } from "../../define-api-route";
import { serializeInspection } from "../../serialize/serialize-inspection";

export const createInspectionRoute = defineApiRoute({
  method: "POST",
  path: "/inspections",
  operationId: "createInspection",
  tag: "openapi.tags.inspections",
  summary: "openapi.routes.createInspection.summary",
  description: "openapi.routes.createInspection.description",
  body: {
    schema: ZCreateInspection,
    example: {
      kind: "SURPRISE",
      inspectedUnitId: SAMPLE_ID,
      periodFrom: "2026-01-01",
      periodTo: "2026-10-31",
      subject: dataText("Tiếp công dân và giải quyết khiếu nại, tố cáo theo 1151/BHXH-TTKT"),
      startsOn: "2026-11-17",
      endsOn: "2026-11-20",
      leadUserId: SAMPLE_ID,
      memberUserIds: [],
      checklistId: SAMPLE_ID,
    },
  },
  errors: [400, 403, 409],
  response: { status: 201, description: "openapi.routes.createInspection.response", schema: ZApiInspection },
  run: async ({ actor, body, now }) => {
    const { id } = await createInspection(actor, body, now);
    return serializeInspection(await getInspectionDetails(actor, id, now));
  },
});
