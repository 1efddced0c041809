import { z } from "zod";
import { signalKinds } from "@/lib/domain/signals/signal-kind";
import { vm } from "@/lib/i18n/validation";
import { multiLineText } from "./text";

// Shared by the signal forms, their server actions and the signals page's URL filters.

const signalId = z.uuid(vm("signal.badId"));

export const ZAnswerSignal = z.object({
  signalId,
  explanation: multiLineText("explanation").min(20, vm("signal.explanationMin")).max(4000, vm("signal.explanationMax")),
});

export const ZReviewSignalAnswer = z
  .object({
    signalId,
    // A JSON boolean: the forms send true or false, never a string to be guessed at.
    accept: z.boolean(vm("signal.accept")),
    note: multiLineText("opinion").max(2000, vm("signal.noteMax")).optional(),
  })
  .refine((v) => v.accept || (v.note?.length ?? 0) >= 10, {
    ...vm("signal.rejectNeedsNote"),
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
