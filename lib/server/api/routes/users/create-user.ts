import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZApiUser } from "@/lib/schemas/api/units-users";
import { ZCreatePerson } from "@/lib/schemas/people-admin";
import { createPerson } from "@/lib/server/people-admin/create-person";
import { getUserOrThrow } from "../../reads/get-user-or-throw";
import { defineApiRoute } from "../../define-api-route";
import { serializeUser } from "../../serialize/serialize-user";

export const createUserRoute = defineApiRoute({
  method: "POST",
  path: "/users",
  operationId: "createUser",
  tag: "openapi.tags.usersAndUnits",
  summary: "openapi.routes.createUser.summary",
  description: "openapi.routes.createUser.description",
  body: {
    schema: ZCreatePerson,
    example: {
      name: dataText("Đặng Thị Hương"),
      email: "huongdt@bhxh.gov.vn",
      employeeCode: "CB-001234",
      title: dataText("Chuyên viên"),
      position: "STAFF",
      roles: ["STAFF"],
      unitId: "6f1c2d4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f",
    },
  },
  errors: [400, 403, 409],
  response: { status: 201, description: "openapi.routes.createUser.response", schema: ZApiUser },
  run: async ({ actor, body, now }) => serializeUser(await getUserOrThrow((await createPerson(actor, body, now)).id)),
});
