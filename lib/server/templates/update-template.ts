import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TUpdateTemplate } from "@/lib/schemas/template";
import { db } from "@/lib/server/db/prisma";
import { recordEvent } from "@/lib/server/events/record-event";
import { getTemplateForEditOrThrow } from "./get-template-for-edit-or-throw";
import { templateChangedPayload } from "./template-changed-payload";

/**
 * Renames a template and replaces its steps, with a TEMPLATE_CHANGED event. Tasks copied
 * their steps (names, kinds, deadlines) when they were assigned, so editing a template
 * changes only the tasks assigned from now on.
 */
export async function updateTemplate(actor: TActor, input: TUpdateTemplate, now: Date) {
  return db.$transaction(async (tx) => {
    const template = await getTemplateForEditOrThrow(tx, actor, input.templateId);
    // Updating the template row first locks it, so two concurrent edits run one after the other.
    await tx.processTemplate.update({
      where: { id: template.id },
      data: { name: input.name, description: input.description || null },
    });
    await tx.processTemplateStep.deleteMany({ where: { templateId: template.id } });
    await tx.processTemplateStep.createMany({
      data: input.steps.map((s, i) => ({
        templateId: template.id,
        order: i + 1,
        name: s.name,
        kind: s.kind,
        defaultDurationDays: s.defaultDurationDays,
      })),
    });
    await recordEvent(tx, {
      kind: "TEMPLATE_CHANGED",
      actorId: actor.id,
      at: now,
      payload: templateChangedPayload("UPDATED", { ...template, name: input.name }, input.steps),
    });
    return { id: template.id };
  });
}
