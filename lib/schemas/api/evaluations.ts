import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { evaluationGrades, ZEvaluationScheme, ZProductMark } from "../evaluations";
import { ZApiId, ZInstant, ZLocalDay, ZPersonRef, ZUnitRef } from "./common";

const evaluationStatuses = ["NONE", "SELF_ASSESSED", "ASSESSED", "APPROVED"] as const;
/** A month ("2026-11"), a quarter ("2026-Q4") or a year ("2026"). */
export const ZPeriodKey = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/, vm("evaluation.periodKey"))
  .meta({ description: "openapi.schemas.periodKey" });

export const ZEvaluationPath = z.object({ userId: ZApiId, period: ZPeriodKey });
export const ZEvaluationListQuery = z.object({
  unitId: ZApiId.optional().meta({ description: "openapi.schemas.evaluationUnit" }),
  period: ZPeriodKey,
});

const ZApiProduct = z.object({
  id: ZApiId,
  kind: z.enum(["STEP", "MANUAL"]),
  /** The step's name or the added product's description. */
  name: z.string(),
  task: z.object({ id: ZApiId, title: z.string() }).nullable(),
  weight: z.number(),
  deadline: ZInstant.nullable(),
  originalDeadline: ZInstant.nullable(),
  completedAt: ZInstant.nullable(),
  completedOn: ZLocalDay.nullable(),
  completed: z.boolean(),
  late: z.boolean(),
  exemption: z.enum(["EXPLANATION_ACCEPTED", "EXTENSION_MET"]).nullable(),
  explanationSignalId: ZApiId.nullable(),
  mark: ZProductMark.nullable(),
  score: z.object({
    quantity: z.number(),
    quality: z.number(),
    timeliness: z.number(),
    deductions: z.array(z.object({ kind: z.enum(["LATE", "MAJOR_ERROR"]), part: z.number(), exempt: z.boolean() })),
  }),
});

export const ZApiEvaluation = z.object({
  person: ZPersonRef.extend({ unit: ZUnitRef, position: z.string() }),
  period: z.object({ key: z.string(), start: ZLocalDay, end: ZLocalDay }),
  status: z.enum(evaluationStatuses),
  locked: z.boolean(),
  scheme: ZEvaluationScheme,
  result: z.object({
    quantityPct: z.number(),
    qualityPct: z.number(),
    timelinessPct: z.number(),
    ownTaskPoints: z.number(),
    unitTaskPoints: z.number().nullable(),
    taskPoints: z.number(),
    generalPoints: z.number().nullable(),
    total: z.number().nullable(),
    grade: z.enum(evaluationGrades).nullable(),
  }),
  products: z.array(ZApiProduct),
  manualProducts: z.array(
    z.object({
      id: ZApiId,
      description: z.string(),
      evidenceUrl: z.string().nullable(),
      evidenceNote: z.string().nullable(),
      weight: z.number(),
      completedOn: ZLocalDay,
      status: z.enum(["PROPOSED", "CONFIRMED", "REFUSED"]),
    }),
  ),
  selfAssessment: z.object({ summary: z.string(), generalPoints: z.number(), at: ZInstant }).nullable(),
  assessment: z
    .object({ by: ZPersonRef, at: ZInstant, generalPoints: z.number(), note: z.string().nullable() })
    .nullable(),
  approval: z.object({ by: ZPersonRef, at: ZInstant }).nullable(),
  corrections: z.array(z.object({ by: ZPersonRef.nullable(), at: ZInstant, reason: z.string().nullable() })),
});

export const ZApiEvaluationRow = z.object({
  person: ZPersonRef.extend({ unit: ZUnitRef, position: z.string(), title: z.string().nullable() }),
  status: z.enum(evaluationStatuses),
  taskPoints: z.number(),
  unitTaskPoints: z.number().nullable(),
  generalPoints: z.number().nullable(),
  total: z.number().nullable(),
  grade: z.enum(evaluationGrades).nullable(),
  provisional: z.boolean(),
});

export const ZApiEvaluationList = z.object({
  unit: ZUnitRef,
  period: z.object({ key: z.string(), start: ZLocalDay, end: ZLocalDay }),
  subPeriods: z.array(z.string()).nullable(),
  items: z.array(ZApiEvaluationRow),
  distribution: z.record(z.enum(evaluationGrades), z.number()),
  cap: z.object({ excellent: z.number(), good: z.number(), allowed: z.number(), exceeded: z.boolean() }),
  unitsOverCap: z.array(z.object({ unit: ZUnitRef, excellent: z.number(), allowed: z.number() })),
});

export const ZApiEvaluationSaved = z.object({
  id: ZApiId,
  status: z.enum(evaluationStatuses),
  total: z.number().nullable(),
});
export const ZApiManualProductSaved = z.object({ id: ZApiId, status: z.enum(["PROPOSED", "CONFIRMED", "REFUSED"]) });
