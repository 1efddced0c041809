import "server-only";
import { dataText } from "@/lib/i18n/data-text";
import { ZApiEvaluationSaved, ZApiManualProductSaved, ZEvaluationPath } from "@/lib/schemas/api/evaluations";
import { ZIdPath } from "@/lib/schemas/api/common";
import {
  ZApproval,
  ZAssessment,
  ZCorrection,
  ZManualProduct,
  ZReviewManualProduct,
  ZSelfAssessment,
} from "@/lib/schemas/evaluations";
import { approveEvaluation } from "@/lib/server/evaluation/approve-evaluation";
import { assessEvaluation } from "@/lib/server/evaluation/assess-evaluation";
import { correctEvaluation } from "@/lib/server/evaluation/correct-evaluation";
import { addManualProduct, reviewManualProduct } from "@/lib/server/evaluation/manual-products";
import { submitSelfAssessment } from "@/lib/server/evaluation/submit-self-assessment";
import { SAMPLE_ID } from "../../openapi/curl-example";
import { defineApiRoute } from "../../define-api-route";

// The assessment flow's writes (lib/server/evaluation): the person's self-assessment and added
// products, the head's assessment, approval and correction, the head's review of an added product.

const saved = (e: { id: string; status: "SELF_ASSESSED" | "ASSESSED" | "APPROVED"; total: number | null }) => ({
  id: e.id,
  status: e.status,
  total: e.total,
});

export const submitSelfAssessmentRoute = defineApiRoute({
  method: "POST",
  path: "/evaluations/{userId}/{period}/self-assessment",
  operationId: "submitSelfAssessment",
  tag: "openapi.tags.evaluations",
  summary: "openapi.routes.submitSelfAssessment.summary",
  description: "openapi.routes.submitSelfAssessment.description",
  params: ZEvaluationPath,
  body: {
    schema: ZSelfAssessment,
    example: { summary: dataText("Hoàn thành 12 hồ sơ, 1 báo cáo chuyên đề"), generalPoints: 28 },
  },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "openapi.routes.submitSelfAssessment.response", schema: ZApiEvaluationSaved },
  run: async ({ actor, params, body, now }) =>
    saved(await submitSelfAssessment(actor, params.userId, params.period, body, now)),
});

export const assessEvaluationRoute = defineApiRoute({
  method: "POST",
  path: "/evaluations/{userId}/{period}/assessment",
  operationId: "assessEvaluation",
  tag: "openapi.tags.evaluations",
  summary: "openapi.routes.assessEvaluation.summary",
  description: "openapi.routes.assessEvaluation.description",
  params: ZEvaluationPath,
  body: {
    schema: ZAssessment,
    example: {
      generalPoints: 27,
      marks: {
        [SAMPLE_ID]: { meetsQuality: true, majorErrors: [{ reason: dataText("Sai số liệu"), objectiveCause: null }] },
      },
      note: dataText("Hoàn thành tốt"),
    },
  },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "openapi.routes.assessEvaluation.response", schema: ZApiEvaluationSaved },
  run: async ({ actor, params, body, now }) =>
    saved(await assessEvaluation(actor, params.userId, params.period, body, now)),
});

export const approveEvaluationRoute = defineApiRoute({
  method: "POST",
  path: "/evaluations/{userId}/{period}/approve",
  operationId: "approveEvaluation",
  tag: "openapi.tags.evaluations",
  summary: "openapi.routes.approveEvaluation.summary",
  description: "openapi.routes.approveEvaluation.description",
  params: ZEvaluationPath,
  body: { schema: ZApproval, example: { note: "" } },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "openapi.routes.approveEvaluation.response", schema: ZApiEvaluationSaved },
  run: async ({ actor, params, body, now }) =>
    saved(await approveEvaluation(actor, params.userId, params.period, body.note, now)),
});

export const correctEvaluationRoute = defineApiRoute({
  method: "POST",
  path: "/evaluations/{userId}/{period}/correction",
  operationId: "correctEvaluation",
  tag: "openapi.tags.evaluations",
  summary: "openapi.routes.correctEvaluation.summary",
  description: "openapi.routes.correctEvaluation.description",
  params: ZEvaluationPath,
  body: {
    schema: ZCorrection,
    example: { generalPoints: 26, marks: {}, reason: dataText("Nhập nhầm điểm tiêu chí chung") },
  },
  errors: [400, 403, 404, 409],
  response: { status: 200, description: "openapi.routes.correctEvaluation.response", schema: ZApiEvaluationSaved },
  run: async ({ actor, params, body, now }) =>
    saved(await correctEvaluation(actor, params.userId, params.period, body, now)),
});

export const addManualProductRoute = defineApiRoute({
  method: "POST",
  path: "/evaluations/{userId}/{period}/products",
  operationId: "addEvaluationProduct",
  tag: "openapi.tags.evaluations",
  summary: "openapi.routes.addEvaluationProduct.summary",
  description: "openapi.routes.addEvaluationProduct.description",
  params: ZEvaluationPath,
  body: {
    schema: ZManualProduct,
    example: {
      description: dataText("Báo cáo chuyên đề về thu BHXH"),
      evidenceUrl: "https://vanban.example.vn/bc-123",
      evidenceNote: null,
      weight: 2,
      completedOn: "2026-11-20",
    },
  },
  errors: [400, 403, 404, 409],
  response: {
    status: 201,
    description: "openapi.routes.addEvaluationProduct.response",
    schema: ZApiManualProductSaved,
  },
  run: async ({ actor, params, body, now }) => {
    const p = await addManualProduct(actor, params.userId, params.period, body, now);
    return { id: p.id, status: p.status };
  },
});

export const reviewManualProductRoute = defineApiRoute({
  method: "POST",
  path: "/evaluation-products/{id}/review",
  operationId: "reviewEvaluationProduct",
  tag: "openapi.tags.evaluations",
  summary: "openapi.routes.reviewEvaluationProduct.summary",
  description: "openapi.routes.reviewEvaluationProduct.description",
  params: ZIdPath,
  body: { schema: ZReviewManualProduct, example: { confirmed: true, note: "" } },
  errors: [400, 403, 404, 409],
  response: {
    status: 200,
    description: "openapi.routes.reviewEvaluationProduct.response",
    schema: ZApiManualProductSaved,
  },
  run: async ({ actor, params, body, now }) => {
    const p = await reviewManualProduct(actor, params.id, body, now);
    return { id: p.id, status: p.status };
  },
});
