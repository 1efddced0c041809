import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { canEditTemplate } from "@/lib/domain/templates/can-edit-template";
import { canSeeTemplate } from "@/lib/domain/templates/can-see-template";
import type { Prisma } from "@/lib/server/db/prisma";
import { templateSelect } from "./template-select";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * Inside the write's transaction (or for the edit page): the template if it exists and is in
 * the actor's scope (NOT_FOUND otherwise, as for any id out of scope) and the actor may edit
 * it (FORBIDDEN), with its steps and how many tasks use it.
 */
export async function getTemplateForEditOrThrow(tx: Prisma.TransactionClient, actor: TActor, templateId: string) {
  const template = await tx.processTemplate.findUnique({
    where: { id: templateId },
    select: templateSelect,
  });
  if (!template || !canSeeTemplate(actor, { unitId: template.unitId, unitPath: template.unit?.path ?? null })) {
    throw new DomainError("NOT_FOUND", msg("errors.templateNotFound"));
  }
  if (!canEditTemplate(actor, template)) {
    throw new DomainError(
      "FORBIDDEN",
      template.unitId === null ? msg("errors.templateSectorEditAdminOnly") : msg("errors.templateEditOwnUnitOnly"),
    );
  }
  const { _count, ...rest } = template;
  return { ...rest, taskCount: _count.tasks };
}
