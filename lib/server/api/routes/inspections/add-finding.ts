import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiCreatedFinding } from "@/lib/schemas/api/inspections";
import { ZCreateFinding } from "@/lib/schemas/finding";
import { addFinding } from "@/lib/server/inspections/add-finding";
import { SAMPLE_ID } from "../../openapi/curl-example";
import { defineApiRoute } from "../../define-api-route";

export const addFindingRoute = defineApiRoute({
  method: "POST",
  path: "/inspections/{id}/findings",
  operationId: "addInspectionFinding",
  tag: "openapi.tags.inspections",
  summary: "openapi.routes.addInspectionFinding.summary",
  description: "openapi.routes.addInspectionFinding.description",
  params: ZIdPath,
  body: {
    schema: ZCreateFinding,
    example: {
      severity: "SERIOUS",
      description: dataText("Khâu xử lý quá hạn 6 ngày làm việc, không xin gia hạn"),
      links: [{ kind: "step", id: SAMPLE_ID }],
    },
  },
  errors: [400, 403, 404],
  response: { status: 201, description: "openapi.routes.addInspectionFinding.response", schema: ZApiCreatedFinding },
  run: async ({ actor, params, body, now }) => {
    const { id } = await addFinding(actor, params.id, body, now);
    return { id, inspectionId: params.id };
  },
});
