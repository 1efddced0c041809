import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TSaveTemplate } from "@/lib/schemas/template";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { templateChangedPayload } from "./template-changed-payload";

/**
 * Creates a process template with its ordered steps and a TEMPLATE_CHANGED event. Where it
 * belongs comes from the actor, never from the input: an admin's is sector-wide (no unit), a
 * head's belongs to their unit.
 */
export async function createTemplate(actor: TActor, input: TSaveTemplate, now: Date) {
  const isAdmin = actor.roles.includes("ADMIN");
  if (!isAdmin && !actor.roles.includes("UNIT_HEAD")) {
    throw new DomainError("FORBIDDEN", msg("errors.templateCreateForbidden"));
  }
  const unitId = isAdmin ? null : actor.unitId;
  return db.$transaction(async (tx) => {
    const template = await tx.processTemplate.create({
      data: {
        name: input.name,
        description: input.description || null,
        unitId,
        createdAt: now,
        steps: {
          create: input.steps.map((s, i) => ({
            order: i + 1,
            name: s.name,
            kind: s.kind,
            defaultDurationDays: s.defaultDurationDays,
          })),
        },
      },
      select: { id: true, name: true, unitId: true },
    });
    await recordEvent(tx, {
      kind: "TEMPLATE_CHANGED",
      actorId: actor.id,
      at: now,
      payload: templateChangedPayload("CREATED", template, input.steps),
    });
    return { id: template.id };
  });
}
