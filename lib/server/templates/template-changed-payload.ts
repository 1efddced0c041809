import "server-only";
import type { TTemplateStepInput } from "@/lib/schemas/template";

export type TTemplateOp = "CREATED" | "UPDATED" | "DELETED" | "DEACTIVATED" | "REACTIVATED";

/**
 * The TEMPLATE_CHANGED event's payload. Events have no template column, so the payload
 * carries the id and, for writes, the steps as saved: the audit trail then shows exactly which
 * durations a task's steps were laid out from, even after the template is edited again.
 */
export function templateChangedPayload(
  op: TTemplateOp,
  template: { id: string; name: string; unitId: string | null },
  steps?: readonly TTemplateStepInput[],
) {
  return {
    op,
    templateId: template.id,
    name: template.name,
    unitId: template.unitId,
    ...(steps ? { steps: steps.map((s) => ({ name: s.name, kind: s.kind, days: s.defaultDurationDays })) } : {}),
  };
}
