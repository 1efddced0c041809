import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiUser } from "@/lib/schemas/api/units-users";
import { ZMovePerson } from "@/lib/schemas/people-admin";
import { movePerson } from "@/lib/server/people-admin/move-person";
import { getUserOrThrow } from "../../reads/get-user-or-throw";
import { defineApiRoute } from "../../define-api-route";
import { serializeUser } from "../../serialize/serialize-user";

const SAMPLE = "6f1c2d4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f";
const SAMPLE2 = "0b7e3c1a-2d4f-4e6a-8b9c-1d2e3f4a5b6c";

export const moveUserRoute = defineApiRoute({
  method: "POST",
  path: "/users/{id}/move",
  operationId: "moveUser",
  tag: "openapi.tags.usersAndUnits",
  summary: "openapi.routes.moveUser.summary",
  description: "openapi.routes.moveUser.description",
  params: ZIdPath,
  body: {
    schema: ZMovePerson,
    fromPath: { userId: "id" },
    example: { unitId: SAMPLE, handovers: [{ stepId: SAMPLE, toUserId: SAMPLE2 }] },
  },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "openapi.routes.moveUser.response", schema: ZApiUser },
  run: async ({ actor, body, now }) => serializeUser(await getUserOrThrow((await movePerson(actor, body, now)).id)),
});
