import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TTemplateRef } from "@/lib/schemas/template";
import { db } from "@/lib/server/db/prisma";
import { getTemplateForEditOrThrow } from "./get-template-for-edit-or-throw";

/** For the edit page: the template the actor may edit (NOT_FOUND / FORBIDDEN otherwise). */
export async function getTemplateOrThrow(actor: TActor, input: TTemplateRef, _now: Date) {
  return getTemplateForEditOrThrow(db, actor, input.templateId);
}
