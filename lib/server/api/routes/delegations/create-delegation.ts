import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZApiDelegation } from "@/lib/schemas/api/delegations";
import { ZCreateDelegation } from "@/lib/schemas/delegation";
import { createDelegation } from "@/lib/server/delegations/create-delegation";
import { getDelegationOrThrow } from "@/lib/server/delegations/get-delegation-or-throw";
import { defineApiRoute } from "../../define-api-route";
import { serializeDelegation } from "../../serialize/serialize-delegation";

export const createDelegationRoute = defineApiRoute({
  method: "POST",
  path: "/delegations",
  operationId: "createDelegation",
  tag: "openapi.tags.delegations",
  summary: "openapi.routes.createDelegation.summary",
  description: "openapi.routes.createDelegation.description",
  body: {
    schema: ZCreateDelegation,
    example: {
      deputyId: "6f1c2d4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f",
      scope: "HEAD_DECISIONS",
      startsOn: "2026-12-14",
      endsOn: "2026-12-18",
      reason: dataText("Đi công tác"),
    },
  },
  errors: [400, 403, 404, 409],
  response: { status: 201, description: "openapi.routes.createDelegation.response", schema: ZApiDelegation },
  run: async ({ actor, body, now }) =>
    serializeDelegation(await getDelegationOrThrow((await createDelegation(actor, body, now)).id), now),
});
