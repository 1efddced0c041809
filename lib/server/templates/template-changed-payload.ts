import "server-only";
import type { TPayloadOf } from "@/lib/schemas/event-payloads";
import type { TTemplateStepInput } from "@/lib/schemas/template";

type TTemplateChanged = TPayloadOf<"TEMPLATE_CHANGED">;
export type TTemplateOp = TTemplateChanged["op"];

/**
 * The TEMPLATE_CHANGED event's payload. Events have no template column, so the payload
 * carries the id and, for writes, the steps as saved: the audit trail then shows exactly which
 * durations a task's steps were laid out from, even after the template is edited again.
 */
export function templateChangedPayload(
  op: TTemplateOp,
  template: { id: string; name: string; unitId: string | null },
  steps?: readonly TTemplateStepInput[],
): TTemplateChanged {
  return {
    op,
    templateId: template.id,
    name: template.name,
    unitId: template.unitId,
    ...(steps ? { steps: steps.map((s) => ({ name: s.name, kind: s.kind, days: s.defaultDurationDays })) } : {}),
  };
}
