import { z } from "zod";
import { vm, vt, type TValidationKey, type TValidationLabel } from "@/lib/i18n/validation";
import { localDate } from "./local-date";
import { multiLineText, tooLong } from "./text";

// One schema per step action, shared by the forms, the server actions and the REST API.
// Every write carries the version of the step the person saw, so two people acting on the
// same step at once cannot silently overwrite each other.

type TIdOf = "step" | "newOwner" | "extensionRequest" | "targetUnit" | "targetUser" | "consultation";
const id = (what: TIdOf) =>
  z.uuid({ error: () => vt("step.badId", { what: vt(`step.what.${what}` as TValidationKey) }) });
const reason = (min = 10) =>
  multiLineText("reason").min(min, vm("step.reasonMin", { min })).max(2000, vm("step.reasonMax"));
const note = (label: TValidationLabel) => multiLineText(label).max(4000, tooLong(label, 4000));
const day = localDate("step.day");

export const ZStepRef = z.object({
  stepId: id("step"),
  // A JSON number, never "1" or "": a coerced "" once read as version 0 and wrote an event.
  expectedVersion: z
    .number({ error: (issue) => vt(issue.input === undefined ? "step.versionMissing" : "step.versionNotNumber") })
    .int(vm("step.versionNotInt"))
    .min(0, vm("step.versionNegative")),
});

export const ZStartStep = ZStepRef;
export const ZRecordProgress = ZStepRef.extend({ note: note("progressNote").min(3, vm("step.progressMin")) });
export const ZCompleteStep = ZStepRef.extend({ result: note("result").min(3, vm("step.resultMin")) });
export const ZReassignStep = ZStepRef.extend({ newOwnerId: id("newOwner"), reason: reason() });
export const ZReturnStep = ZStepRef.extend({ reason: reason() });
export const ZRuleOnReturn = ZStepRef.extend({
  decision: z.enum(["UPHOLD", "OVERRULE"], vm("step.ruleDecision")),
  /** Required when the return is upheld: who takes the step instead. */
  newOwnerId: id("newOwner").optional(),
  reason: reason(),
}).refine((v) => v.decision === "OVERRULE" || !!v.newOwnerId, {
  ...vm("step.upheldNeedsOwner"),
  path: ["newOwnerId"],
});
export const ZRequestExtension = ZStepRef.extend({ requestedDeadline: day, reason: reason() });
export const ZDecideExtension = ZStepRef.extend({
  requestId: id("extensionRequest"),
  // A JSON boolean: the forms send true or false, never a string to be guessed at.
  approve: z.boolean(vm("step.approve")),
  note: note("opinion").optional(),
});
export const ZEscalateStep = ZStepRef.extend({ reason: reason() });

export const ZRequestConsultation = ZStepRef.extend({
  targetUnitId: id("targetUnit").optional(),
  targetUserId: id("targetUser").optional(),
  question: note("question").min(10, vm("step.questionMin")),
  responseDeadline: day,
}).refine((v) => !!v.targetUnitId !== !!v.targetUserId, {
  ...vm("step.oneTarget"),
  path: ["targetUserId"],
});
export const ZAnswerConsultation = z.object({
  consultationId: id("consultation"),
  position: z.enum(["AGREE", "AGREE_WITH_COMMENTS", "DISAGREE", "NOT_IN_REMIT"], vm("step.position")),
  answer: note("answer").min(10, vm("step.answerMin")),
});
export const ZMarkConsultationVague = z.object({ consultationId: id("consultation"), reason: reason() });

export type TStepRef = z.infer<typeof ZStepRef>;
export type TRecordProgress = z.infer<typeof ZRecordProgress>;
export type TCompleteStep = z.infer<typeof ZCompleteStep>;
export type TReassignStep = z.infer<typeof ZReassignStep>;
export type TReturnStep = z.infer<typeof ZReturnStep>;
export type TRuleOnReturn = z.infer<typeof ZRuleOnReturn>;
export type TRequestExtension = z.infer<typeof ZRequestExtension>;
export type TDecideExtension = z.infer<typeof ZDecideExtension>;
export type TEscalateStep = z.infer<typeof ZEscalateStep>;
export type TRequestConsultation = z.infer<typeof ZRequestConsultation>;
export type TAnswerConsultation = z.infer<typeof ZAnswerConsultation>;
export type TMarkConsultationVague = z.infer<typeof ZMarkConsultationVague>;
