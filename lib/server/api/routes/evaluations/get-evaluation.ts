import "server-only";
import { ZApiEvaluation, ZEvaluationPath } from "@/lib/schemas/api/evaluations";
import { getEvaluation } from "@/lib/server/evaluation/get-evaluation";
import { defineApiRoute } from "../../define-api-route";
import { serializeEvaluation } from "../../serialize/serialize-evaluation";

export const getEvaluationRoute = defineApiRoute({
  method: "GET",
  path: "/evaluations/{userId}/{period}",
  operationId: "getEvaluation",
  tag: "openapi.tags.evaluations",
  summary: "openapi.routes.getEvaluation.summary",
  description: "openapi.routes.getEvaluation.description",
  params: ZEvaluationPath,
  errors: [404],
  response: { status: 200, description: "openapi.routes.getEvaluation.response", schema: ZApiEvaluation },
  run: async ({ actor, params, now }) =>
    serializeEvaluation(await getEvaluation(actor, params.userId, params.period, now)),
});
