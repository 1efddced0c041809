import { z } from "zod";
import { vm } from "@/lib/i18n/validation";
import { ZCreateTask } from "./task";
import { multiLineText, singleLineText, tooLong } from "./text";

/**
 * One recommendation: a task as the task form writes it (lead unit, template, one owner and a
 * deadline per step, its own deadline), without the directive, which is the conclusion itself.
 * The task schema already refuses a step without an owner or a deadline.
 */
const { directiveId: _directive, parentTaskId: _parent, ...taskFields } = ZCreateTask.shape;
export const ZRecommendation = z.object(taskFields).refine((v) => !v.coordinatingUnitIds.includes(v.leadUnitId), {
  ...vm("task.leadNotCoordinating"),
  path: ["coordinatingUnitIds"],
});
export type TRecommendation = z.infer<typeof ZRecommendation>;

export const ZIssueConclusion = z.object({
  /** Số, ký hiệu of the conclusion, e.g. "15/KL-TTKT". */
  number: singleLineText("directiveNumber").min(3, vm("conclusion.number")).max(50, vm("conclusion.number")),
  summary: multiLineText("content").min(1, vm("conclusion.summaryMissing")).max(8000, tooLong("content", 8000)),
  recommendations: z
    .array(ZRecommendation)
    .min(1, vm("conclusion.recommendationsMin"))
    .max(30, vm("conclusion.recommendationsMax")),
});
export type TIssueConclusion = z.infer<typeof ZIssueConclusion>;
export type TIssueConclusionInput = z.input<typeof ZIssueConclusion>;
