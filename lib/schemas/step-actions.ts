import { z } from "zod";
import { localDate } from "./local-date";
import { capitalise, multiLineText } from "./text";

// One schema per step action, shared by the forms, the server actions and the REST API.
// Every write carries the version of the step the person saw, so two people acting on the
// same step at once cannot silently overwrite each other.

const id = (what: string) => z.uuid({ message: `Mã ${what} không hợp lệ.` });
const reason = (min = 10) =>
  multiLineText("lý do").min(min, `Nêu lý do (ít nhất ${min} ký tự).`).max(2000, "Lý do quá dài (tối đa 2000 ký tự).");
const note = (label: string) => multiLineText(label).max(4000, `${capitalise(label)} quá dài (tối đa 4000 ký tự).`);
const day = localDate("Ngày không hợp lệ: chọn một ngày (dd/mm/yyyy; qua API gửi dạng yyyy-mm-dd).");

export const ZStepRef = z.object({
  stepId: id("khâu"),
  // A JSON number, never "1" or "": a coerced "" once read as version 0 and wrote an event.
  expectedVersion: z
    .number({ error: (issue) => (issue.input === undefined ? "Thiếu phiên bản khâu đã xem (expectedVersion)." : "Phiên bản khâu (expectedVersion) phải là một số.") })
    .int("Phiên bản khâu (expectedVersion) phải là số nguyên.")
    .min(0, "Phiên bản khâu (expectedVersion) không được âm."),
});

export const ZStartStep = ZStepRef;
export const ZRecordProgress = ZStepRef.extend({ note: note("nội dung tiến độ").min(3, "Ghi nội dung tiến độ (ít nhất 3 ký tự).") });
export const ZCompleteStep = ZStepRef.extend({ result: note("kết quả thực hiện").min(3, "Ghi kết quả thực hiện (ít nhất 3 ký tự).") });
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
export const ZRequestExtension = ZStepRef.extend({ requestedDeadline: day, reason: reason() });
export const ZDecideExtension = ZStepRef.extend({
  requestId: id("yêu cầu gia hạn"),
  // A JSON boolean: the forms send true or false, never a string to be guessed at.
  approve: z.boolean({ error: "Chọn duyệt hoặc từ chối gia hạn (approve: true hoặc false)." }),
  note: note("ý kiến").optional(),
});
export const ZEscalateStep = ZStepRef.extend({ reason: reason() });

export const ZRequestConsultation = ZStepRef.extend({
  targetUnitId: id("đơn vị được hỏi").optional(),
  targetUserId: id("người được hỏi").optional(),
  question: note("nội dung xin ý kiến").min(10, "Nêu rõ nội dung xin ý kiến (ít nhất 10 ký tự)."),
  responseDeadline: day,
}).refine((v) => !!v.targetUnitId !== !!v.targetUserId, {
  message: "Chọn một đơn vị hoặc một người được xin ý kiến.",
  path: ["targetUserId"],
});
export const ZAnswerConsultation = z.object({
  consultationId: id("yêu cầu xin ý kiến"),
  position: z.enum(["AGREE", "AGREE_WITH_COMMENTS", "DISAGREE", "NOT_IN_REMIT"], { message: "Chọn quan điểm trả lời." }),
  answer: note("nội dung trả lời").min(10, "Trả lời rõ quan điểm (ít nhất 10 ký tự)."),
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
