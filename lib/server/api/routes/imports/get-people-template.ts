import "server-only";
import { XLSX_CONTENT_TYPE } from "@/lib/schemas/imports";
import { assertPeopleImporter } from "@/lib/server/imports/assert-importer";
import { buildPeopleTemplate } from "@/lib/server/imports/build-people-template";
import { defineFileRoute } from "../../define-api-route";

export const getPeopleTemplateRoute = defineFileRoute({
  method: "GET",
  path: "/imports/templates/people.xlsx",
  operationId: "getPeopleImportTemplate",
  tag: "openapi.tags.imports",
  summary: "openapi.routes.getPeopleImportTemplate.summary",
  description: "openapi.routes.getPeopleImportTemplate.description",
  errors: [403],
  response: {
    status: 200,
    description: "openapi.routes.getPeopleImportTemplate.response",
    contentType: XLSX_CONTENT_TYPE,
  },
  run: async ({ actor }) => {
    assertPeopleImporter(actor);
    const bytes = await buildPeopleTemplate(actor.locale).xlsx.writeBuffer();
    return {
      bytes: bytes as ArrayBuffer,
      fileName: actor.locale === "vi" ? "mau-nhap-can-bo.xlsx" : "people-import-template.xlsx",
    };
  },
});
