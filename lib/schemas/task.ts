import { z } from "zod";
import { localDate } from "./local-date";
import { priorities } from "./priorities";
import { vm, type TValidationLabel } from "@/lib/i18n/validation";
import { multiLineText, singleLineText, tooLong } from "./text";

// One schema for the task form, its server action and the server function. Deadlines are
// local dates (YYYY-MM-DD, as <input type="date"> sends them); the server turns each into the
// end of that day in Asia/Ho_Chi_Minh, the shape every deadline in the app shares.

export { priorities };

const optionalText = (max: number, label: TValidationLabel) =>
  multiLineText(label).max(max, tooLong(label, max)).default("");

/** One step of the template: exactly one accountable person and a deadline. */
export const ZTaskStepAssignment = z.object({
  ownerId: z.uuid(vm("task.owner")),
  deadline: localDate("task.stepDeadline"),
});

export const ZCreateTask = z
  .object({
    directiveId: z.uuid(vm("task.directive")),
    /** Set when the task splits a larger one for a unit below its lead unit. */
    parentTaskId: z.uuid(vm("task.parent")).optional(),
    title: singleLineText("taskTitle").min(5, vm("task.titleMin")).max(500, vm("task.titleMax")),
    point: singleLineText("point").max(20, vm("task.pointMax")).default(""),
    description: optionalText(4000, "content"),
    leadUnitId: z.uuid(vm("task.leadUnit")),
    coordinatingUnitIds: z
      .array(z.uuid(vm("task.coordinatingUnit")))
      .max(100, vm("task.coordinatingMax"))
      .default([]),
    deadline: localDate("task.deadline"),
    priority: z.enum(priorities, vm("task.priority")).default("NORMAL"),
    /** The weight (quy đổi) of its steps in their owners' evaluations; omitted: the scheme's by step kind and priority. */
    evaluationWeight: z
      .number(vm("evaluation.weight"))
      .gt(0, vm("evaluation.weight"))
      .max(100, vm("evaluation.weight"))
      .nullable()
      .optional(),
    expectedResult: optionalText(2000, "expectedResult"),
    templateId: z.uuid(vm("task.template")),
    steps: z.array(ZTaskStepAssignment).min(1, vm("task.stepsMin")).max(30, vm("task.stepsMax")),
  })
  .refine((v) => !v.coordinatingUnitIds.includes(v.leadUnitId), {
    ...vm("task.leadNotCoordinating"),
    path: ["coordinatingUnitIds"],
  })
  .refine((v) => new Set(v.coordinatingUnitIds).size === v.coordinatingUnitIds.length, {
    ...vm("task.coordinatingOnce"),
    path: ["coordinatingUnitIds"],
  });

export type TCreateTask = z.infer<typeof ZCreateTask>;
export type TCreateTaskInput = z.input<typeof ZCreateTask>;
