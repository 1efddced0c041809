import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiUser } from "@/lib/schemas/api/units-users";
import { ZPersonRef } from "@/lib/schemas/people-admin";
import { setPersonActive } from "@/lib/server/people-admin/set-person-active";
import { getUserOrThrow } from "../../reads/get-user-or-throw";
import { defineApiRoute } from "../../define-api-route";
import { serializeUser } from "../../serialize/serialize-user";

export const reactivateUserRoute = defineApiRoute({
  method: "POST",
  path: "/users/{id}/reactivate",
  operationId: "reactivateUser",
  tag: "openapi.tags.usersAndUnits",
  summary: "openapi.routes.reactivateUser.summary",
  description: "openapi.routes.reactivateUser.description",
  params: ZIdPath,
  body: { schema: ZPersonRef, fromPath: { userId: "id" }, example: {} },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "openapi.routes.reactivateUser.response", schema: ZApiUser },
  run: async ({ actor, body, now }) =>
    serializeUser(
      await getUserOrThrow((await setPersonActive(actor, { ...body, handovers: [], active: true }, now)).id),
    ),
});
