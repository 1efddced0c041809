import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiDelegation } from "@/lib/schemas/api/delegations";
import { getDelegationOrThrow } from "@/lib/server/delegations/get-delegation-or-throw";
import { revokeDelegation } from "@/lib/server/delegations/revoke-delegation";
import { defineApiRoute } from "../../define-api-route";
import { serializeDelegation } from "../../serialize/serialize-delegation";

export const revokeDelegationRoute = defineApiRoute({
  method: "DELETE",
  path: "/delegations/{id}",
  operationId: "revokeDelegation",
  tag: "openapi.tags.delegations",
  summary: "openapi.routes.revokeDelegation.summary",
  description: "openapi.routes.revokeDelegation.description",
  params: ZIdPath,
  errors: [404, 409],
  response: { status: 200, description: "openapi.routes.revokeDelegation.response", schema: ZApiDelegation },
  run: async ({ actor, params, now }) =>
    serializeDelegation(
      await getDelegationOrThrow((await revokeDelegation(actor, { delegationId: params.id }, now)).id),
      now,
    ),
});
