import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZApiImport } from "@/lib/schemas/api/imports";
import { MAX_IMPORT_BYTES, XLSX_CONTENT_TYPE, ZImportQuery, ZTaskImportRows } from "@/lib/schemas/imports";
import { getImport } from "@/lib/server/imports/get-import";
import { importTasks } from "@/lib/server/imports/import-tasks";
import { defineUploadRoute } from "../../define-api-route";
import { serializeImport } from "../../serialize/serialize-import";

export const importTasksRoute = defineUploadRoute({
  method: "POST",
  path: "/imports/tasks",
  operationId: "importTasks",
  tag: "openapi.tags.imports",
  summary: "openapi.routes.importTasks.summary",
  description: "openapi.routes.importTasks.description",
  query: ZImportQuery,
  exampleQuery: { dryRun: "true" },
  upload: { maxBytes: MAX_IMPORT_BYTES, fileContentType: XLSX_CONTENT_TYPE },
  body: {
    schema: ZTaskImportRows,
    example: {
      tasks: [
        {
          ref: "TD-2025-118",
          directiveNumber: "1251/BHXH-TCCB",
          point: "2a",
          title: dataText("Rà soát hồ sơ hưởng chế độ tồn đọng năm 2025"),
          leadUnitCode: "HN",
          deadline: "2025-12-31",
          completedOn: "",
          result: "",
          priority: "HIGH",
        },
      ],
      steps: [
        {
          taskRef: "TD-2025-118",
          order: 1,
          name: dataText("Lập danh sách hồ sơ"),
          kind: "HANDLE",
          ownerCode: "CB-001234",
          deadline: "2025-12-20",
          completedOn: "2025-12-22",
          result: dataText("Đã lập danh sách 214 hồ sơ"),
        },
      ],
    },
  },
  errors: [400, 403],
  response: { status: 200, description: "openapi.routes.importTasks.response", schema: ZApiImport },
  run: async ({ actor, body, query, now }) => {
    const source =
      body.kind === "file"
        ? { kind: "file" as const, fileName: body.fileName, bytes: body.bytes }
        : { kind: "rows" as const, rows: body.json };
    const done = await importTasks(actor, source, { dryRun: query.dryRun === "true" }, now);
    return serializeImport(await getImport(actor, done.id));
  },
});
