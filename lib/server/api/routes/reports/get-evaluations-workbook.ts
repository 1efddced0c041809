import "server-only";
import { ZEvaluationsWorkbookQuery } from "@/lib/schemas/api/reports";
import { buildEvaluationSheet } from "@/lib/server/evaluation/documents/build-evaluation-sheet";
import { buildUnitEvaluationWorkbook } from "@/lib/server/evaluation/documents/build-unit-evaluation-workbook";
import { evaluationFileName } from "@/lib/server/evaluation/documents/evaluation-file-name";
import { getEvaluation } from "@/lib/server/evaluation/get-evaluation";
import { getUnitEvaluations } from "@/lib/server/evaluation/get-unit-evaluations";
import { defineFileRoute } from "../../define-api-route";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The evaluation's Excel documents, read through the same functions as the pages, so they are
 * refused exactly as the pages are: a person's sheet to the person, the heads of their tree and
 * the sector-wide roles (404 for anyone else); a unit's table to the heads of its tree and the
 * sector-wide roles (403 for staff, 404 for a unit outside a head's tree).
 */
export const getEvaluationsWorkbookRoute = defineFileRoute({
  method: "GET",
  path: "/reports/evaluations.xlsx",
  operationId: "getEvaluationsWorkbook",
  tag: "openapi.tags.reports",
  summary: "openapi.routes.getEvaluationsWorkbook.summary",
  description: "openapi.routes.getEvaluationsWorkbook.description",
  query: ZEvaluationsWorkbookQuery,
  exampleQuery: { unitId: "3fa85f64-5717-4562-b3fc-2c963f66afa6", period: "2026-11" },
  errors: [400, 403, 404],
  response: { status: 200, description: "openapi.routes.getEvaluationsWorkbook.response", contentType: XLSX },
  run: async ({ actor, query, now }) => {
    if (query.userId) {
      const view = await getEvaluation(actor, query.userId, query.period, now);
      const wb = buildEvaluationSheet(view, actor.locale, now);
      return {
        bytes: (await wb.xlsx.writeBuffer()) as ArrayBuffer,
        fileName: evaluationFileName("sheet", view.person.name, view.period.key, actor.locale),
      };
    }
    const data = await getUnitEvaluations(actor, query.unitId, query.period);
    const wb = buildUnitEvaluationWorkbook(data, actor.locale, now);
    return {
      bytes: (await wb.xlsx.writeBuffer()) as ArrayBuffer,
      fileName: evaluationFileName("unit", data.unit.code || data.unit.name, data.period.key, actor.locale),
    };
  },
});
