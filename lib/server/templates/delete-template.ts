import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TTemplateRef } from "@/lib/schemas/template";
import { db } from "@/lib/server/db/prisma";
import { recordEvent } from "@/lib/server/events/record-event";
import { getTemplateForEditOrThrow } from "./get-template-for-edit-or-throw";
import { templateChangedPayload } from "./template-changed-payload";

/**
 * Removes a template from use. One that tasks were assigned from is only deactivated, so the
 * tasks keep pointing at the process they followed; an unused one is deleted. Either way a
 * TEMPLATE_CHANGED event records it.
 */
export async function deleteTemplate(actor: TActor, input: TTemplateRef, now: Date) {
  return db.$transaction(async (tx) => {
    const template = await getTemplateForEditOrThrow(tx, actor, input.templateId);
    const used = (await tx.task.count({ where: { templateId: template.id } })) > 0;
    if (used) await tx.processTemplate.update({ where: { id: template.id }, data: { isActive: false } });
    else await tx.processTemplate.delete({ where: { id: template.id } });
    const outcome = used ? ("DEACTIVATED" as const) : ("DELETED" as const);
    await recordEvent(tx, {
      kind: "TEMPLATE_CHANGED",
      actorId: actor.id,
      at: now,
      payload: templateChangedPayload(outcome, template),
    });
    return { id: template.id, outcome };
  });
}
