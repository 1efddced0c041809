import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { localDate } from "./local-date";
import { priorities } from "./priorities";
import { stepKinds } from "./step-kinds";
import { multiLineText, singleLineText, tooLong } from "./text";

// The evaluation under Decree 335/2025 (lib/domain/evaluation): the scheme an administrator
// configures, and what the person, their head and the approver send. Points and weights are JSON
// numbers: "85" is refused, not read as 85.

export const evaluationGrades = ["EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"] as const;
export type TEvaluationGrade = (typeof evaluationGrades)[number];

const part = z.number().min(0).max(1);
const weight = z.number(vm("evaluation.weight")).gt(0, vm("evaluation.weight")).max(100, vm("evaluation.weight"));

/** A scheme as stored and as an administrator sends it; its parts must agree with each other. */
export const ZEvaluationScheme = z
  .strictObject({
    generalPoints: z.number().min(0).max(100),
    taskPoints: z.number().min(0).max(100),
    shares: z.strictObject({ quantity: part, quality: part, timeliness: part }),
    lateDeduction: part,
    majorErrorDeduction: part,
    thresholds: z.strictObject({ excellent: z.number(), good: z.number(), completed: z.number() }),
    excellentCapOfGood: part,
    managerUnitShare: part,
    weights: z.strictObject({
      stepKind: z.strictObject(
        Object.fromEntries(stepKinds.map((k) => [k, weight])) as Record<(typeof stepKinds)[number], typeof weight>,
      ),
      priority: z.strictObject(
        Object.fromEntries(priorities.map((p) => [p, weight])) as Record<(typeof priorities)[number], typeof weight>,
      ),
    }),
    period: z.enum(["MONTH", "QUARTER"]),
  })
  .refine((s) => s.generalPoints + s.taskPoints === 100, vm("evaluation.schemeTotal"))
  .refine(
    (s) => Math.abs(s.shares.quantity + s.shares.quality + s.shares.timeliness - 1) < 1e-6,
    vm("evaluation.schemeShares"),
  )
  .refine(
    (s) =>
      100 >= s.thresholds.excellent &&
      s.thresholds.excellent > s.thresholds.good &&
      s.thresholds.good > s.thresholds.completed &&
      s.thresholds.completed > 0,
    vm("evaluation.schemeThresholds"),
  );

/** A major quality error the head records on a product, with its reason; an objective cause confirmed exempts it. */
export const ZMajorError = z.strictObject({
  reason: singleLineText("errorReason")
    .min(1, vm("evaluation.errorReasonMissing"))
    .max(500, tooLong("errorReason", 500)),
  objectiveCause: singleLineText("objectiveCause").max(500, tooLong("objectiveCause", 500)).nullable().default(null),
});

/** The head's judgement of one product: met the required quality or not, and its major errors. */
export const ZProductMark = z.strictObject({
  meetsQuality: z.boolean(vm("evaluation.meetsQuality")),
  majorErrors: z.array(ZMajorError).max(10, vm("evaluation.majorErrorsMax")).default([]),
});
export type TProductMark = z.infer<typeof ZProductMark>;
export const ZProductMarks = z.record(z.uuid(vm("evaluation.productId")), ZProductMark);
export type TProductMarks = z.infer<typeof ZProductMarks>;

const points = z.number(vm("evaluation.points")).min(0, vm("evaluation.points"));

/** The person's self-assessment: what they did, and the general points they propose for themselves. */
export const ZSelfAssessment = z.strictObject({
  summary: multiLineText("selfSummary").min(1, vm("evaluation.summaryMissing")).max(4000, tooLong("selfSummary", 4000)),
  generalPoints: points,
});
export type TSelfAssessment = z.infer<typeof ZSelfAssessment>;

/** The head's assessment: the general criteria's points, the quality marks, a note. `version` guards a concurrent edit. */
export const ZAssessment = z.strictObject({
  generalPoints: points,
  marks: ZProductMarks.default({}),
  note: multiLineText("assessmentNote").max(4000, tooLong("assessmentNote", 4000)).default(""),
});
export type TAssessment = z.infer<typeof ZAssessment>;

export const ZApproval = z.strictObject({
  note: multiLineText("assessmentNote").max(4000, tooLong("assessmentNote", 4000)).default(""),
});

/** A correction of a locked evaluation: the new points and marks, and why (a visible event). */
export const ZCorrection = z.strictObject({
  generalPoints: points,
  marks: ZProductMarks.default({}),
  reason: multiLineText("reason").min(1, vm("evaluation.correctionReason")).max(2000, tooLong("reason", 2000)),
});
export type TCorrection = z.infer<typeof ZCorrection>;

/** A product the tracker does not hold, with its evidence: a link, a note (a document's number), or both. */
const manualProductFields = {
  description: singleLineText("productDescription")
    .min(1, vm("evaluation.productDescription"))
    .max(500, tooLong("productDescription", 500)),
  evidenceUrl: z
    .url({ protocol: /^https?$/, ...vm("evaluation.evidenceUrl") })
    .max(1000, vm("evaluation.evidenceUrl"))
    .nullable()
    .default(null),
  evidenceNote: singleLineText("evidenceNote").max(500, tooLong("evidenceNote", 500)).nullable().default(null),
  weight,
  completedOn: localDate("evaluation.completedOn"),
};
const hasEvidence = (p: { evidenceUrl: string | null; evidenceNote: string | null }) =>
  Boolean(p.evidenceUrl) || Boolean(p.evidenceNote);
export const ZManualProduct = z
  .strictObject(manualProductFields)
  .refine(hasEvidence, { ...vm("evaluation.evidenceMissing"), path: ["evidenceUrl"] });
export type TManualProduct = z.infer<typeof ZManualProduct>;

export const ZReviewManualProduct = z.strictObject({
  confirmed: z.boolean(vm("evaluation.confirmed")),
  note: singleLineText("reason").max(500, tooLong("reason", 500)).default(""),
});

/** Whose evaluation and which period, for the page's actions (the API has them in its path). */
const target = {
  userId: z.uuid(vm("evaluation.personId")),
  periodKey: z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, vm("evaluation.periodKey")),
};
export const ZSelfAssessmentAction = ZSelfAssessment.extend(target);
export const ZAssessmentAction = ZAssessment.extend(target);
export const ZApprovalAction = ZApproval.extend(target);
export const ZCorrectionAction = ZCorrection.extend(target);
export const ZManualProductAction = z
  .strictObject({ ...manualProductFields, ...target })
  .refine(hasEvidence, { ...vm("evaluation.evidenceMissing"), path: ["evidenceUrl"] });
export const ZReviewManualProductAction = ZReviewManualProduct.extend({
  productId: z.uuid(vm("evaluation.productId")),
});
