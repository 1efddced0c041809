import "server-only";
import { z } from "zod";
import { ZIdPath } from "@/lib/schemas/api/common";
import { localDate } from "@/lib/schemas/local-date";
import { buildConclusionDocx } from "@/lib/server/inspections/documents/build-conclusion-docx";
import { buildInspectionSummaryWorkbook } from "@/lib/server/inspections/documents/build-inspection-summary-workbook";
import { buildMinutesDocx } from "@/lib/server/inspections/documents/build-minutes-docx";
import { loadInspectionDocument } from "@/lib/server/inspections/documents/load-inspection-document";
import { defineFileRoute } from "../../define-api-route";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The minutes' number and symbol as the inspecting unit registers it; blank leaves the place to fill by hand. */
const ZMinutesQuery = z.object({ number: z.string().max(50).optional() });

export const getInspectionMinutesRoute = defineFileRoute({
  method: "GET",
  path: "/inspections/{id}/minutes.docx",
  operationId: "getInspectionMinutes",
  tag: "openapi.tags.inspections",
  summary: "openapi.routes.getInspectionMinutes.summary",
  description: "openapi.routes.getInspectionMinutes.description",
  params: ZIdPath,
  query: ZMinutesQuery,
  exampleQuery: { number: "07/BB-TTKT" },
  errors: [400, 404],
  response: { status: 200, description: "openapi.routes.getInspectionMinutes.response", contentType: DOCX },
  run: async ({ actor, params, query, now }) => {
    const data = await loadInspectionDocument(actor, params.id, now);
    const bytes = await buildMinutesDocx(data, query.number || "..../BB", actor.locale, now);
    return { bytes, fileName: `bien-ban-kiem-tra-${params.id.slice(0, 8)}.docx` };
  },
});

export const getInspectionConclusionRoute = defineFileRoute({
  method: "GET",
  path: "/inspections/{id}/conclusion.docx",
  operationId: "getInspectionConclusionDocument",
  tag: "openapi.tags.inspections",
  summary: "openapi.routes.getInspectionConclusionDocument.summary",
  description: "openapi.routes.getInspectionConclusionDocument.description",
  params: ZIdPath,
  errors: [404, 409],
  response: { status: 200, description: "openapi.routes.getInspectionConclusionDocument.response", contentType: DOCX },
  run: async ({ actor, params, now }) => {
    const bytes = await buildConclusionDocx(await loadInspectionDocument(actor, params.id, now), actor.locale);
    return { bytes, fileName: `ket-luan-kiem-tra-${params.id.slice(0, 8)}.docx` };
  },
});

const ZSummaryQuery = z.object({ from: localDate("inspection.periodFrom"), to: localDate("inspection.periodTo") });

export const getInspectionSummaryRoute = defineFileRoute({
  method: "GET",
  path: "/inspections/summary.xlsx",
  operationId: "getInspectionSummaryWorkbook",
  tag: "openapi.tags.inspections",
  summary: "openapi.routes.getInspectionSummaryWorkbook.summary",
  description: "openapi.routes.getInspectionSummaryWorkbook.description",
  query: ZSummaryQuery,
  exampleQuery: { from: "2026-01-01", to: "2026-12-31" },
  errors: [400],
  response: { status: 200, description: "openapi.routes.getInspectionSummaryWorkbook.response", contentType: XLSX },
  run: async ({ actor, query, now }) => {
    const wb = await buildInspectionSummaryWorkbook(actor, query, actor.locale, now);
    return {
      bytes: (await wb.xlsx.writeBuffer()) as ArrayBuffer,
      fileName: `tong-hop-kiem-tra-${query.from}-${query.to}.xlsx`,
    };
  },
});
