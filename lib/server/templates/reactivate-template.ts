import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TTemplateRef } from "@/lib/schemas/template";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { getTemplateForEditOrThrow } from "./get-template-for-edit-or-throw";
import { templateChangedPayload } from "./template-changed-payload";

/** Puts a deactivated template back into use, with a TEMPLATE_CHANGED event. */
export async function reactivateTemplate(actor: TActor, input: TTemplateRef, now: Date) {
  return db.$transaction(async (tx) => {
    const template = await getTemplateForEditOrThrow(tx, actor, input.templateId);
    if (template.isActive) throw new DomainError("INVALID_STATE", msg("errors.templateActive"));
    await tx.processTemplate.update({ where: { id: template.id }, data: { isActive: true } });
    await recordEvent(tx, {
      kind: "TEMPLATE_CHANGED",
      actorId: actor.id,
      at: now,
      payload: templateChangedPayload("REACTIVATED", template),
    });
    return { id: template.id };
  });
}
