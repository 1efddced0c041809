import { z } from "zod";
import { deadlineRules, recurrenceFrequencies } from "@/lib/domain/recurrence/recurrence-rule";
import { frequencyOfKey } from "@/lib/domain/recurrence/period-from-key";
import { vm, vt, type TValidationKey } from "@/lib/i18n/validation";
import { priorities } from "./priorities";
import { multiLineText, singleLineText, tooLong } from "./text";

// One schema for the recurrence form, its server action, the API and the server function.
// Numbers are JSON numbers: "20" is refused, never read as 20.

const int = (min: number, max: number, key: TValidationKey) =>
  z
    .number({ error: () => vt(key) })
    .int(vm(key))
    .min(min, vm(key))
    .max(max, vm(key));

export const ZRecurrenceStep = z.object({
  ownerId: z.uuid(vm("task.owner")),
  /** Working days before the next step's deadline (the last step's is ignored: it is due with the task). */
  durationDays: int(0, 60, "recurrence.durationDays"),
});

export const ZCreateRecurrence = z
  .object({
    title: singleLineText("taskTitle").min(5, vm("task.titleMin")).max(500, vm("task.titleMax")),
    description: multiLineText("content").max(4000, tooLong("content", 4000)).default(""),
    directiveId: z.uuid(vm("task.directive")),
    leadUnitId: z.uuid(vm("task.leadUnit")),
    templateId: z.uuid(vm("task.template")),
    priority: z.enum(priorities, vm("task.priority")).default("NORMAL"),
    frequency: z.enum(recurrenceFrequencies, vm("recurrence.frequency")),
    deadlineRule: z.enum(deadlineRules, vm("recurrence.deadlineRule")),
    deadlineDay: int(1, 31, "recurrence.deadlineDay").nullable().default(null),
    deadlineNextMonth: z.boolean(vm("recurrence.deadlineNextMonth")).default(false),
    deadlineOffset: int(1, 60, "recurrence.deadlineOffset").nullable().default(null),
    leadDays: int(0, 90, "recurrence.leadDays").default(7),
    startsOn: z.string(vm("recurrence.startsOn")).max(7, vm("recurrence.startsOn")),
    steps: z.array(ZRecurrenceStep).min(1, vm("task.stepsMin")).max(30, vm("task.stepsMax")),
  })
  .refine((v) => frequencyOfKey(v.startsOn) === v.frequency, {
    ...vm("recurrence.startsOn"),
    path: ["startsOn"],
  })
  .refine((v) => v.deadlineRule !== "FIXED_DAY" || v.deadlineDay !== null, {
    ...vm("recurrence.deadlineDay"),
    path: ["deadlineDay"],
  })
  .refine((v) => v.deadlineRule !== "WORKING_DAYS_AFTER_PERIOD" || v.deadlineOffset !== null, {
    ...vm("recurrence.deadlineOffset"),
    path: ["deadlineOffset"],
  });

export const ZRecurrenceRef = z.object({ recurrenceId: z.uuid(vm("recurrence.badId")) });

export type TCreateRecurrence = z.infer<typeof ZCreateRecurrence>;
export type TCreateRecurrenceInput = z.input<typeof ZCreateRecurrence>;
export type TRecurrenceRef = z.infer<typeof ZRecurrenceRef>;
