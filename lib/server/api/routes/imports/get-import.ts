import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiImport } from "@/lib/schemas/api/imports";
import { getImport } from "@/lib/server/imports/get-import";
import { defineApiRoute } from "../../define-api-route";
import { serializeImport } from "../../serialize/serialize-import";

export const getImportRoute = defineApiRoute({
  method: "GET",
  path: "/imports/{id}",
  operationId: "getImport",
  tag: "openapi.tags.imports",
  summary: "openapi.routes.getImport.summary",
  description: "openapi.routes.getImport.description",
  params: ZIdPath,
  errors: [404],
  response: { status: 200, description: "openapi.routes.getImport.response", schema: ZApiImport },
  run: async ({ actor, params }) => serializeImport(await getImport(actor, params.id)),
});
