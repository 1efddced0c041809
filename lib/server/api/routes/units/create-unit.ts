import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZApiAdminUnit } from "@/lib/schemas/api/units-users";
import { ZCreateUnit } from "@/lib/schemas/unit-admin";
import { createUnit } from "@/lib/server/unit-admin/create-unit";
import { getAdminUnitRecord } from "@/lib/server/unit-admin/get-admin-unit-record";
import { defineApiRoute } from "../../define-api-route";

export const createUnitRoute = defineApiRoute({
  method: "POST",
  path: "/units",
  operationId: "createUnit",
  tag: "openapi.tags.usersAndUnits",
  summary: "openapi.routes.createUnit.summary",
  description: "openapi.routes.createUnit.description",
  body: {
    schema: ZCreateUnit,
    example: {
      code: "BHXH-HN-BD",
      name: dataText("BHXH quận Ba Đình"),
      shortName: dataText("BHXH Ba Đình"),
      level: "DISTRICT",
      parentId: "6f1c2d4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f",
    },
  },
  errors: [400, 403, 404, 409],
  response: { status: 201, description: "openapi.routes.createUnit.response", schema: ZApiAdminUnit },
  run: async ({ actor, body, now }) => getAdminUnitRecord((await createUnit(actor, body, now)).id),
});
