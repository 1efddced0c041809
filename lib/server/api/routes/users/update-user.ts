import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiUser } from "@/lib/schemas/api/units-users";
import { ZUpdatePerson } from "@/lib/schemas/people-admin";
import { updatePerson } from "@/lib/server/people-admin/update-person";
import { getUserOrThrow } from "../../reads/get-user-or-throw";
import { defineApiRoute } from "../../define-api-route";
import { serializeUser } from "../../serialize/serialize-user";

export const updateUserRoute = defineApiRoute({
  method: "PATCH",
  path: "/users/{id}",
  operationId: "updateUser",
  tag: "openapi.tags.usersAndUnits",
  summary: "openapi.routes.updateUser.summary",
  description: "openapi.routes.updateUser.description",
  params: ZIdPath,
  body: {
    schema: ZUpdatePerson,
    fromPath: { userId: "id" },
    example: { roles: ["STAFF", "UNIT_HEAD"], position: "HEAD" },
  },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "openapi.routes.updateUser.response", schema: ZApiUser },
  run: async ({ actor, body, now }) => serializeUser(await getUserOrThrow((await updatePerson(actor, body, now)).id)),
});
