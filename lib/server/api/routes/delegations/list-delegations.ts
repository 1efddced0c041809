import "server-only";
import { ZDelegationList, ZDelegationListQuery } from "@/lib/schemas/api/delegations";
import { findDelegations } from "@/lib/server/delegations/find-delegations";
import { defineApiRoute } from "../../define-api-route";
import { serializeDelegation } from "../../serialize/serialize-delegation";

export const listDelegationsRoute = defineApiRoute({
  method: "GET",
  path: "/delegations",
  operationId: "listDelegations",
  tag: "openapi.tags.delegations",
  summary: "openapi.routes.listDelegations.summary",
  description: "openapi.routes.listDelegations.description",
  query: ZDelegationListQuery,
  errors: [400],
  response: { status: 200, description: "openapi.routes.listDelegations.response", schema: ZDelegationList },
  run: async ({ actor, query, now }) => {
    const found = await findDelegations(actor, { personId: query.person, limit: query.limit });
    return { items: found.map((d) => serializeDelegation(d, now)) };
  },
});
