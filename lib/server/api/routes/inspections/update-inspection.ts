import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiInspection } from "@/lib/schemas/api/inspections";
import { ZUpdateInspection } from "@/lib/schemas/inspection";
import { getInspectionDetails } from "@/lib/server/inspections/get-inspection-details";
import { updateInspection } from "@/lib/server/inspections/update-inspection";
import { defineApiRoute } from "../../define-api-route";
import { serializeInspection } from "../../serialize/serialize-inspection";

export const updateInspectionRoute = defineApiRoute({
  method: "PATCH",
  path: "/inspections/{id}",
  operationId: "updateInspection",
  tag: "openapi.tags.inspections",
  summary: "openapi.routes.updateInspection.summary",
  description: "openapi.routes.updateInspection.description",
  params: ZIdPath,
  body: { schema: ZUpdateInspection, example: { status: "IN_PROGRESS" } },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "openapi.routes.updateInspection.response", schema: ZApiInspection },
  run: async ({ actor, params, body, now }) => {
    await updateInspection(actor, params.id, body, now);
    return serializeInspection(await getInspectionDetails(actor, params.id, now));
  },
});
