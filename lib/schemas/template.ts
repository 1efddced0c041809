import { z } from "zod";
import { stepKinds } from "./step-kinds";
import { vm, vt } from "@/lib/i18n/validation";
import { multiLineText, singleLineText } from "./text";

// One schema for the template form, its server actions and the server functions.

export { stepKinds };

export const ZTemplateStep = z.object({
  name: singleLineText("stepName").min(2, vm("template.stepNameMin")).max(200, vm("template.stepNameMax")),
  kind: z.enum(stepKinds, vm("template.stepKind")),
  defaultDurationDays: z
    .number({ error: (issue) => vt(issue.input === undefined ? "template.daysMissing" : "template.daysNotNumber") })
    .int(vm("template.daysNotInt"))
    .min(1, vm("template.daysMin"))
    .max(365, vm("template.daysMax")),
});

export const ZSaveTemplate = z.object({
  name: singleLineText("templateName").min(3, vm("template.nameMin")).max(200, vm("template.nameMax")),
  description: multiLineText("description").max(2000, vm("template.descriptionMax")).default(""),
  steps: z.array(ZTemplateStep).min(1, vm("template.stepsMin")).max(20, vm("template.stepsMax")),
});

export const ZCreateTemplate = ZSaveTemplate;
export const ZTemplateRef = z.object({ templateId: z.uuid(vm("template.badId")) });
export const ZUpdateTemplate = ZSaveTemplate.extend(ZTemplateRef.shape);

export type TTemplateStepInput = z.infer<typeof ZTemplateStep>;
export type TSaveTemplate = z.infer<typeof ZSaveTemplate>;
export type TUpdateTemplate = z.infer<typeof ZUpdateTemplate>;
export type TTemplateRef = z.infer<typeof ZTemplateRef>;
