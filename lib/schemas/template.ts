import { z } from "zod";
import { stepKinds } from "./step-kinds";
import { multiLineText, singleLineText } from "./text";

// One schema for the template form, its server actions and the server functions.

export { stepKinds };

export const ZTemplateStep = z.object({
  name: singleLineText("tên khâu").min(2, "Nhập tên khâu.").max(200, "Tên khâu quá dài (tối đa 200 ký tự)."),
  kind: z.enum(stepKinds, { message: "Chọn loại khâu." }),
  defaultDurationDays: z
    .number({ error: (issue) => (issue.input === undefined ? "Nhập số ngày làm việc." : "Số ngày làm việc phải là một số.") })
    .int("Số ngày làm việc phải là số nguyên.")
    .min(1, "Thời hạn ít nhất 1 ngày làm việc.")
    .max(365, "Thời hạn tối đa 365 ngày làm việc."),
});

export const ZSaveTemplate = z.object({
  name: singleLineText("tên quy trình").min(3, "Nhập tên quy trình (ít nhất 3 ký tự).").max(200, "Tên quy trình quá dài (tối đa 200 ký tự)."),
  description: multiLineText("mô tả").max(2000, "Mô tả quá dài (tối đa 2000 ký tự).").default(""),
  steps: z.array(ZTemplateStep).min(1, "Quy trình phải có ít nhất một khâu.").max(20, "Quy trình có tối đa 20 khâu."),
});

export const ZCreateTemplate = ZSaveTemplate;
export const ZTemplateRef = z.object({ templateId: z.uuid({ message: "Mã quy trình mẫu không hợp lệ." }) });
export const ZUpdateTemplate = ZSaveTemplate.extend(ZTemplateRef.shape);

export type TTemplateStepInput = z.infer<typeof ZTemplateStep>;
export type TSaveTemplate = z.infer<typeof ZSaveTemplate>;
export type TUpdateTemplate = z.infer<typeof ZUpdateTemplate>;
export type TTemplateRef = z.infer<typeof ZTemplateRef>;
