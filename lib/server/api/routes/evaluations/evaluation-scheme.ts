import "server-only";
import { ZEvaluationScheme } from "@/lib/schemas/evaluations";
import { DECREE_335_SCHEME } from "@/lib/domain/evaluation/evaluation-scheme";
import { getConfiguredScheme, setConfiguredScheme } from "@/lib/server/evaluation/evaluation-scheme-store";
import { defineApiRoute } from "../../define-api-route";

export const getEvaluationSchemeRoute = defineApiRoute({
  method: "GET",
  path: "/evaluation-scheme",
  operationId: "getEvaluationScheme",
  tag: "openapi.tags.evaluations",
  summary: "openapi.routes.getEvaluationScheme.summary",
  description: "openapi.routes.getEvaluationScheme.description",
  errors: [],
  response: { status: 200, description: "openapi.routes.getEvaluationScheme.response", schema: ZEvaluationScheme },
  run: async () => getConfiguredScheme(),
});

export const setEvaluationSchemeRoute = defineApiRoute({
  method: "PUT",
  path: "/evaluation-scheme",
  operationId: "setEvaluationScheme",
  tag: "openapi.tags.evaluations",
  summary: "openapi.routes.setEvaluationScheme.summary",
  description: "openapi.routes.setEvaluationScheme.description",
  body: { schema: ZEvaluationScheme, example: { ...DECREE_335_SCHEME, period: "QUARTER" } },
  errors: [400, 403],
  response: { status: 200, description: "openapi.routes.setEvaluationScheme.response", schema: ZEvaluationScheme },
  run: async ({ actor, body, now }) => setConfiguredScheme(actor, body, now),
});
