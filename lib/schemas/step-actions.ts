import { z } from "zod";

// One schema per step action, shared by the forms, the server actions and the REST API.
// Every write carries the version of the step the person saw, so two people acting on the
// same step at once cannot silently overwrite each other.

const id = (what: string) => z.uuid({ message: `Mã ${what} không hợp lệ.` });
const reason = (min = 10) =>
  z.string().trim().min(min, `Nêu lý do (ít nhất ${min} ký tự).`).max(2000, "Lý do quá dài (tối đa 2000 ký tự).");
const note = z.string().trim().max(4000, "Nội dung quá dài (tối đa 4000 ký tự).");
const futureDate = z.coerce.date({ message: "Ngày không hợp lệ (dd/mm/yyyy)." });

export const ZStepRef = z.object({
  stepId: id("khâu"),
  expectedVersion: z.coerce.number().int().min(0),
});

export const ZStartStep = ZStepRef;
export const ZRecordProgress = ZStepRef.extend({ note: note.min(3, "Ghi nội dung tiến độ (ít nhất 3 ký tự).") });
export const ZCompleteStep = ZStepRef.extend({ result: note.min(3, "Ghi kết quả thực hiện (ít nhất 3 ký tự).") });
export const ZReassignStep = ZStepRef.extend({ newOwnerId: id("người nhận"), reason: reason() });
export const ZReturnStep = ZStepRef.extend({ reason: reason() });
export const ZRuleOnReturn = ZStepRef.extend({
  decision: z.enum(["UPHOLD", "OVERRULE"], { message: "Chọn chấp nhận hoặc bác việc trả lại." }),
  /** Required when the return is upheld: who takes the step instead. */
  newOwnerId: id("người nhận").optional(),
  reason: reason(),
}).refine((v) => v.decision === "OVERRULE" || !!v.newOwnerId, {
  message: "Chấp nhận trả lại thì phải chọn người nhận khâu này.",
  path: ["newOwnerId"],
});
export const ZRequestExtension = ZStepRef.extend({ requestedDeadline: futureDate, reason: reason() });
export const ZDecideExtension = ZStepRef.extend({
  requestId: id("yêu cầu gia hạn"),
  // Not z.coerce.boolean(): it reads the form value "false" as true, approving a refusal.
  // "" stays a refusal, as forms already send it.
  approve: z.union([z.boolean(), z.literal("").transform(() => false), z.stringbool()], { message: "Chọn duyệt hoặc từ chối gia hạn." }),
  note: note.optional(),
});
export const ZEscalateStep = ZStepRef.extend({ reason: reason() });

export const ZRequestConsultation = ZStepRef.extend({
  targetUnitId: id("đơn vị được hỏi").optional(),
  targetUserId: id("người được hỏi").optional(),
  question: note.min(10, "Nêu rõ nội dung xin ý kiến (ít nhất 10 ký tự)."),
  responseDeadline: futureDate,
}).refine((v) => !!v.targetUnitId !== !!v.targetUserId, {
  message: "Chọn một đơn vị hoặc một người được xin ý kiến.",
  path: ["targetUserId"],
});
export const ZAnswerConsultation = z.object({
  consultationId: id("yêu cầu xin ý kiến"),
  position: z.enum(["AGREE", "AGREE_WITH_COMMENTS", "DISAGREE", "NOT_IN_REMIT"], { message: "Chọn quan điểm trả lời." }),
  answer: note.min(10, "Trả lời rõ quan điểm (ít nhất 10 ký tự)."),
});
export const ZMarkConsultationVague = z.object({ consultationId: id("yêu cầu xin ý kiến"), reason: reason() });

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
