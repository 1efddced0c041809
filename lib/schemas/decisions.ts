import { z } from "zod";
import { frequencyOfKey } from "@/lib/domain/recurrence/period-from-key";
import { vm } from "@/lib/i18n/validation";
import { localDate } from "./local-date";
import { multiLineText, singleLineText, tooLong } from "./text";

// A review (kiểm điểm) or commendation (biểu dương, khen thưởng) decision as the form, its
// server action, the API and recordDecision read it. Nothing is coerced: a date is a local
// yyyy-mm-dd string, ids are UUIDs, the period a key such as "2026-11", "2026-Q4" or "2026".

export const decisionKinds = ["REVIEW", "COMMENDATION", "REWARD"] as const;
export type TDecisionKind = (typeof decisionKinds)[number];

/** How many pieces of evidence of each sort a decision may cite. */
export const MAX_EVIDENCE = 50;

export const ZPeriodKey = z
  .string(vm("decision.periodKey"))
  .refine((v) => frequencyOfKey(v) !== null, vm("decision.periodKey"));

const evidenceIds = (message: Parameters<typeof vm>[0]) =>
  z.array(z.uuid(vm(message))).max(MAX_EVIDENCE, vm("decision.evidenceMax", { max: MAX_EVIDENCE }));

export const ZDecisionEvidence = z.strictObject({
  signalIds: evidenceIds("decision.signalId").default([]),
  eventIds: evidenceIds("decision.eventId").default([]),
  evaluationIds: evidenceIds("decision.evaluationId").default([]),
});
export type TDecisionEvidence = z.infer<typeof ZDecisionEvidence>;

export const ZRecordDecision = z.strictObject({
  kind: z.enum(decisionKinds, vm("decision.kind")),
  userId: z.uuid(vm("decision.person")),
  periodKey: ZPeriodKey.nullable().default(null),
  form: singleLineText("decisionForm").min(1, vm("decision.formMissing")).max(200, tooLong("decisionForm", 200)),
  documentNumber: singleLineText("documentNumber")
    .min(1, vm("decision.documentNumberMissing"))
    .max(100, tooLong("documentNumber", 100)),
  documentDate: localDate("decision.documentDate"),
  reason: multiLineText("decisionReason")
    .min(1, vm("decision.reasonMissing"))
    .max(4000, tooLong("decisionReason", 4000)),
  evidence: ZDecisionEvidence.default({ signalIds: [], eventIds: [], evaluationIds: [] }),
});
export type TRecordDecision = z.infer<typeof ZRecordDecision>;
