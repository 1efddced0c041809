import "server-only";
import { XLSX_CONTENT_TYPE } from "@/lib/schemas/imports";
import { assertTaskImporter } from "@/lib/server/imports/assert-importer";
import { buildTasksTemplate } from "@/lib/server/imports/build-tasks-template";
import { defineFileRoute } from "../../define-api-route";

export const getTasksTemplateRoute = defineFileRoute({
  method: "GET",
  path: "/imports/templates/tasks.xlsx",
  operationId: "getTasksImportTemplate",
  tag: "openapi.tags.imports",
  summary: "openapi.routes.getTasksImportTemplate.summary",
  description: "openapi.routes.getTasksImportTemplate.description",
  errors: [403],
  response: {
    status: 200,
    description: "openapi.routes.getTasksImportTemplate.response",
    contentType: XLSX_CONTENT_TYPE,
  },
  run: async ({ actor }) => {
    assertTaskImporter(actor);
    const bytes = await buildTasksTemplate(actor.locale).xlsx.writeBuffer();
    return {
      bytes: bytes as ArrayBuffer,
      fileName: actor.locale === "vi" ? "mau-nhap-cong-viec.xlsx" : "backlog-import-template.xlsx",
    };
  },
});
