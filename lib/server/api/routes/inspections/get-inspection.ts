import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiInspection } from "@/lib/schemas/api/inspections";
import { getInspectionDetails } from "@/lib/server/inspections/get-inspection-details";
import { defineApiRoute } from "../../define-api-route";
import { serializeInspection } from "../../serialize/serialize-inspection";

export const getInspectionRoute = defineApiRoute({
  method: "GET",
  path: "/inspections/{id}",
  operationId: "getInspection",
  tag: "openapi.tags.inspections",
  summary: "openapi.routes.getInspection.summary",
  description: "openapi.routes.getInspection.description",
  params: ZIdPath,
  errors: [404],
  response: { status: 200, description: "openapi.routes.getInspection.response", schema: ZApiInspection },
  run: async ({ actor, params, now }) => serializeInspection(await getInspectionDetails(actor, params.id, now)),
});
