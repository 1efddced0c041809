import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZApiImport } from "@/lib/schemas/api/imports";
import { MAX_IMPORT_BYTES, XLSX_CONTENT_TYPE, ZImportQuery, ZPeopleImportRows } from "@/lib/schemas/imports";
import { getImport } from "@/lib/server/imports/get-import";
import { importPeople } from "@/lib/server/imports/import-people";
import { defineUploadRoute } from "../../define-api-route";
import { serializeImport } from "../../serialize/serialize-import";

export const importPeopleRoute = defineUploadRoute({
  method: "POST",
  path: "/imports/people",
  operationId: "importPeople",
  tag: "openapi.tags.imports",
  summary: "openapi.routes.importPeople.summary",
  description: "openapi.routes.importPeople.description",
  query: ZImportQuery,
  exampleQuery: { dryRun: "true" },
  upload: { maxBytes: MAX_IMPORT_BYTES, fileContentType: XLSX_CONTENT_TYPE },
  body: {
    schema: ZPeopleImportRows,
    example: {
      units: [{ code: "BHXH-HN-BD", name: dataText("BHXH phường Ba Đình"), level: "DISTRICT", parentCode: "BHXH-HN" }],
      people: [
        {
          employeeCode: "CB-001234",
          name: dataText("Đặng Thị Hương"),
          email: "huongdt@bhxh.gov.vn",
          unitCode: "BHXH-HN-BD",
          position: "STAFF",
          title: dataText("Chuyên viên"),
          roles: "STAFF",
        },
      ],
    },
  },
  errors: [400, 403],
  response: { status: 200, description: "openapi.routes.importPeople.response", schema: ZApiImport },
  run: async ({ actor, body, query, now }) => {
    const source =
      body.kind === "file"
        ? { kind: "file" as const, fileName: body.fileName, bytes: body.bytes }
        : { kind: "rows" as const, rows: body.json };
    const done = await importPeople(actor, source, { dryRun: query.dryRun === "true" }, now);
    return serializeImport(await getImport(actor, done.id));
  },
});
