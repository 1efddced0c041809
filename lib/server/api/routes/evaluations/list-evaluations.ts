import "server-only";
import { ZApiEvaluationList, ZEvaluationListQuery } from "@/lib/schemas/api/evaluations";
import { getUnitEvaluations } from "@/lib/server/evaluation/get-unit-evaluations";
import { defineApiRoute } from "../../define-api-route";
import { serializeEvaluationList } from "../../serialize/serialize-evaluation";

export const listEvaluationsRoute = defineApiRoute({
  method: "GET",
  path: "/evaluations",
  operationId: "listEvaluations",
  tag: "openapi.tags.evaluations",
  summary: "openapi.routes.listEvaluations.summary",
  description: "openapi.routes.listEvaluations.description",
  query: ZEvaluationListQuery,
  exampleQuery: { period: "2026-11" },
  errors: [400, 403, 404],
  response: { status: 200, description: "openapi.routes.listEvaluations.response", schema: ZApiEvaluationList },
  run: async ({ actor, query }) => serializeEvaluationList(await getUnitEvaluations(actor, query.unitId, query.period)),
});
