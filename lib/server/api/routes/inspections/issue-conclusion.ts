import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiIssuedConclusion } from "@/lib/schemas/api/inspections";
import { ZIssueConclusion } from "@/lib/schemas/conclusion";
import { issueConclusion } from "@/lib/server/inspections/issue-conclusion";
import { SAMPLE_ID } from "../../openapi/curl-example";
import { defineApiRoute } from "../../define-api-route";

export const issueConclusionRoute = defineApiRoute({
  method: "POST",
  path: "/inspections/{id}/conclusion",
  operationId: "issueInspectionConclusion",
  tag: "openapi.tags.inspections",
  summary: "openapi.routes.issueInspectionConclusion.summary",
  description: "openapi.routes.issueInspectionConclusion.description",
  params: ZIdPath,
  body: {
    schema: ZIssueConclusion,
    example: {
      number: "15/KL-TTKT",
      summary: dataText("Đơn vị chưa cá thể hóa trách nhiệm ở khâu xử lý hồ sơ."),
      recommendations: [
        {
          title: dataText("Rà soát, phân công người chịu trách nhiệm từng khâu"),
          leadUnitId: SAMPLE_ID,
          templateId: SAMPLE_ID,
          deadline: "2026-12-15",
          steps: [
            { ownerId: SAMPLE_ID, deadline: "2026-12-10" },
            { ownerId: SAMPLE_ID, deadline: "2026-12-15" },
          ],
        },
      ],
    },
  },
  errors: [400, 403, 404, 409],
  response: {
    status: 201,
    description: "openapi.routes.issueInspectionConclusion.response",
    schema: ZApiIssuedConclusion,
  },
  run: async ({ actor, params, body, now }) => issueConclusion(actor, params.id, body, now),
});
