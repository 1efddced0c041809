import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZApiDecision } from "@/lib/schemas/api/decisions";
import { ZRecordDecision } from "@/lib/schemas/decisions";
import { findDecisions } from "@/lib/server/decisions/find-decisions";
import { recordDecision } from "@/lib/server/decisions/record-decision";
import { SAMPLE_ID } from "../../openapi/curl-example";
import { defineApiRoute } from "../../define-api-route";
import { serializeDecision } from "../../serialize/serialize-decision";

export const recordDecisionRoute = defineApiRoute({
  method: "POST",
  path: "/decisions",
  operationId: "recordDecision",
  tag: "openapi.tags.decisions",
  summary: "openapi.routes.recordDecision.summary",
  description: "openapi.routes.recordDecision.description",
  body: {
    schema: ZRecordDecision,
    example: {
      kind: "COMMENDATION",
      userId: SAMPLE_ID,
      periodKey: "2026-Q4",
      form: dataText("Giấy khen của Giám đốc"),
      documentNumber: dataText("125/QĐ-BHXH"),
      documentDate: "2026-12-02",
      reason: dataText("Hoàn thành đúng hạn toàn bộ nhiệm vụ được giao trong quý."),
      evidence: { signalIds: [], eventIds: [], evaluationIds: [] },
    },
  },
  errors: [400, 403],
  response: { status: 201, description: "openapi.routes.recordDecision.response", schema: ZApiDecision },
  run: async ({ actor, body, now }) => {
    const { id } = await recordDecision(actor, body, now);
    // The recorder may always read what they recorded (TCCB all, a head their tree).
    const [decision] = (await findDecisions(actor, { page: 1, decisionId: id })).items;
    return serializeDecision(decision, actor.locale);
  },
});
