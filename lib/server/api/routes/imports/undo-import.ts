import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiImport } from "@/lib/schemas/api/imports";
import { getImport } from "@/lib/server/imports/get-import";
import { undoTaskImport } from "@/lib/server/imports/import-tasks";
import { defineApiRoute } from "../../define-api-route";
import { serializeImport } from "../../serialize/serialize-import";

export const undoImportRoute = defineApiRoute({
  method: "POST",
  path: "/imports/{id}/undo",
  operationId: "undoImport",
  tag: "openapi.tags.imports",
  summary: "openapi.routes.undoImport.summary",
  description: "openapi.routes.undoImport.description",
  params: ZIdPath,
  errors: [403, 404, 409],
  response: { status: 200, description: "openapi.routes.undoImport.response", schema: ZApiImport },
  run: async ({ actor, params, now }) => {
    await undoTaskImport(actor, params.id, now);
    return serializeImport(await getImport(actor, params.id));
  },
});
