import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiAdminUnit } from "@/lib/schemas/api/units-users";
import { ZUpdateUnit } from "@/lib/schemas/unit-admin";
import { getAdminUnitRecord } from "@/lib/server/unit-admin/get-admin-unit-record";
import { updateUnit } from "@/lib/server/unit-admin/update-unit";
import { defineApiRoute } from "../../define-api-route";

export const updateUnitRoute = defineApiRoute({
  method: "PATCH",
  path: "/units/{id}",
  operationId: "updateUnit",
  tag: "openapi.tags.usersAndUnits",
  summary: "openapi.routes.updateUnit.summary",
  description: "openapi.routes.updateUnit.description",
  params: ZIdPath,
  body: { schema: ZUpdateUnit, fromPath: { unitId: "id" }, example: { name: dataText("BHXH quận Ba Đình (mới)") } },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "openapi.routes.updateUnit.response", schema: ZApiAdminUnit },
  run: async ({ actor, body, now }) => getAdminUnitRecord((await updateUnit(actor, body, now)).id),
});
