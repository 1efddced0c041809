import { z } from "zod";
import { signalKinds } from "@/lib/domain/signals/signal-kind";
import { multiLineText } from "./text";

// Shared by the signal forms, their server actions and the signals page's URL filters.

const signalId = z.uuid({ message: "Mã cảnh báo không hợp lệ." });

export const ZAnswerSignal = z.object({
  signalId,
  explanation: multiLineText("nội dung giải trình")
    .min(20, "Giải trình rõ nguyên nhân (ít nhất 20 ký tự).")
    .max(4000, "Nội dung giải trình quá dài (tối đa 4000 ký tự)."),
});

export const ZReviewSignalAnswer = z
  .object({
    signalId,
    // A JSON boolean: the forms send true or false, never a string to be guessed at.
    accept: z.boolean({ error: "Chọn chấp nhận hoặc không chấp nhận giải trình (accept: true hoặc false)." }),
    note: multiLineText("ý kiến").max(2000, "Ý kiến quá dài (tối đa 2000 ký tự).").optional(),
  })
  .refine((v) => v.accept || (v.note?.length ?? 0) >= 10, {
    message: "Không chấp nhận giải trình thì phải nêu lý do (ít nhất 10 ký tự).",
    path: ["note"],
  });

export const signalStatusFilters = ["open", "answered", "all"] as const;

const optionalId = z.uuid().optional().catch(undefined);

/** Filters of the signals page, from the URL; a malformed value is dropped rather than failing the page. */
export const ZSignalFilter = z.object({
  unitId: optionalId,
  personId: optionalId,
  kind: z.enum(signalKinds).optional().catch(undefined),
  status: z.enum(signalStatusFilters).catch("open"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type TAnswerSignal = z.infer<typeof ZAnswerSignal>;
export type TReviewSignalAnswer = z.infer<typeof ZReviewSignalAnswer>;
export type TSignalStatusFilter = (typeof signalStatusFilters)[number];
export type TSignalFilter = z.infer<typeof ZSignalFilter>;
