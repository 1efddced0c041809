import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiAdminUnit } from "@/lib/schemas/api/units-users";
import { ZCloseUnit } from "@/lib/schemas/unit-admin";
import { closeUnit } from "@/lib/server/unit-admin/close-unit";
import { getAdminUnitRecord } from "@/lib/server/unit-admin/get-admin-unit-record";
import { defineApiRoute } from "../../define-api-route";

export const closeUnitRoute = defineApiRoute({
  method: "POST",
  path: "/units/{id}/close",
  operationId: "closeUnit",
  tag: "openapi.tags.usersAndUnits",
  summary: "openapi.routes.closeUnit.summary",
  description: "openapi.routes.closeUnit.description",
  params: ZIdPath,
  body: {
    schema: ZCloseUnit,
    fromPath: { unitId: "id" },
    example: { successorId: "6f1c2d4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f" },
  },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "openapi.routes.closeUnit.response", schema: ZApiAdminUnit },
  run: async ({ actor, body, now }) => getAdminUnitRecord((await closeUnit(actor, body, now)).id),
});
