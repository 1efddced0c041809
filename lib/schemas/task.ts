import { z } from "zod";
import { localDate } from "./local-date";
import { priorities } from "./priorities";
import { multiLineText, singleLineText } from "./text";

// One schema for the task form, its server action and the server function. Deadlines are
// local dates (YYYY-MM-DD, as <input type="date"> sends them); the server turns each into the
// end of that day in Asia/Ho_Chi_Minh, the shape every deadline in the app shares.

export { priorities };

const optionalText = (max: number, what: string) => multiLineText(what.toLowerCase()).max(max, `${what} quá dài (tối đa ${max} ký tự).`).default("");

/** One step of the template: exactly one accountable person and a deadline. */
export const ZTaskStepAssignment = z.object({
  ownerId: z.uuid({ message: "Chọn người chịu trách nhiệm khâu này." }),
  deadline: localDate("Nhập hạn của khâu (dd/mm/yyyy)."),
});

export const ZCreateTask = z
  .object({
    directiveId: z.uuid({ message: "Chọn văn bản chỉ đạo." }),
    /** Set when the task splits a larger one for a unit below its lead unit. */
    parentTaskId: z.uuid({ message: "Mã nhiệm vụ cha không hợp lệ." }).optional(),
    title: singleLineText("tên nhiệm vụ").min(5, "Nhập tên nhiệm vụ (ít nhất 5 ký tự).").max(500, "Tên nhiệm vụ quá dài (tối đa 500 ký tự)."),
    point: singleLineText("điểm, mục").max(20, "Điểm, mục quá dài (tối đa 20 ký tự), ví dụ “2a”.").default(""),
    description: optionalText(4000, "Nội dung"),
    leadUnitId: z.uuid({ message: "Chọn đơn vị chủ trì." }),
    coordinatingUnitIds: z.array(z.uuid({ message: "Đơn vị phối hợp không hợp lệ." })).max(100, "Chọn tối đa 100 đơn vị phối hợp.").default([]),
    deadline: localDate("Nhập hạn hoàn thành (dd/mm/yyyy)."),
    priority: z.enum(priorities, { message: "Chọn mức ưu tiên." }).default("NORMAL"),
    expectedResult: optionalText(2000, "Kết quả cần đạt"),
    templateId: z.uuid({ message: "Chọn quy trình mẫu." }),
    steps: z.array(ZTaskStepAssignment).min(1, "Nhiệm vụ phải có ít nhất một khâu.").max(30, "Nhiệm vụ có tối đa 30 khâu."),
  })
  .refine((v) => !v.coordinatingUnitIds.includes(v.leadUnitId), {
    message: "Đơn vị chủ trì không đồng thời là đơn vị phối hợp.",
    path: ["coordinatingUnitIds"],
  })
  .refine((v) => new Set(v.coordinatingUnitIds).size === v.coordinatingUnitIds.length, {
    message: "Mỗi đơn vị phối hợp chỉ chọn một lần.",
    path: ["coordinatingUnitIds"],
  });

export type TCreateTask = z.infer<typeof ZCreateTask>;
export type TCreateTaskInput = z.input<typeof ZCreateTask>;
