import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiDirective } from "@/lib/schemas/api/directives";
import { getDirectiveOrThrow } from "@/lib/server/directives/get-directive-or-throw";
import { defineApiRoute } from "../define-api-route";
import { serializeDirective } from "../serialize/serialize-directive";

export const getDirectiveRoute = defineApiRoute({
  method: "GET",
  path: "/directives/{id}",
  operationId: "getDirective",
  tag: "openapi.tags.directives",
  summary: "openapi.routes.getDirective.summary",
  description: "openapi.routes.getDirective.description",
  params: ZIdPath,
  errors: [404],
  response: { status: 200, description: "openapi.routes.getDirective.response", schema: ZApiDirective },
  run: async ({ actor, params, now }) => serializeDirective(await getDirectiveOrThrow(actor, params.id, now)),
});
