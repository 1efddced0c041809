import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { canEditChecklists } from "@/lib/domain/inspections/can-edit-checklists";
import type { TSaveChecklist } from "@/lib/schemas/checklist";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";

/**
 * Creates a checklist (no id) or saves an existing one: the items in the order given, an item
 * with an id edited in place, one without created, an existing one left out archived (never
 * deleted: past inspections answered it). Admins and TCCB only; one CHECKLIST_CHANGED event.
 */
export async function saveChecklist(actor: TActor, id: string | null, input: TSaveChecklist, now: Date) {
  if (!canEditChecklists(actor)) throw new DomainError("FORBIDDEN", msg("errors.checklistEditForbidden"));
  return db.$transaction(async (tx) => {
    const checklist = id
      ? await tx.checklist
          .update({ where: { id }, data: { title: input.title, description: input.description, updatedAt: now } })
          .catch(() => {
            throw new DomainError("NOT_FOUND", msg("errors.checklistNotFound"));
          })
      : await tx.checklist.create({
          data: { title: input.title, description: input.description, createdAt: now, updatedAt: now },
        });
    const existing = await tx.checklistItem.findMany({
      where: { checklistId: checklist.id, archivedAt: null },
      select: { id: true },
    });
    const live = new Set(existing.map((i) => i.id));
    if (input.items.some((i) => i.id && !live.has(i.id))) {
      const message = msg("errors.checklistItemNotFound");
      throw new DomainError("INVALID_INPUT", message, { items: [message] });
    }
    const added: string[] = [];
    const edited: string[] = [];
    for (const [position, item] of input.items.entries()) {
      const data = { text: item.text, citation: item.citation, position };
      if (item.id) edited.push((await tx.checklistItem.update({ where: { id: item.id }, data })).id);
      else added.push((await tx.checklistItem.create({ data: { ...data, checklistId: checklist.id } })).id);
    }
    const kept = new Set(edited);
    const archived = [...live].filter((i) => !kept.has(i));
    await tx.checklistItem.updateMany({ where: { id: { in: archived } }, data: { archivedAt: now } });
    await record(tx, actor, now, {
      id: checklist.id,
      op: id ? "UPDATED" : "CREATED",
      title: input.title,
      added,
      edited,
      archived,
    });
    return { id: checklist.id };
  });
}

function record(
  tx: Prisma.TransactionClient,
  actor: TActor,
  now: Date,
  c: { id: string; op: "CREATED" | "UPDATED"; title: string; added: string[]; edited: string[]; archived: string[] },
) {
  return recordEvent(tx, {
    kind: "CHECKLIST_CHANGED",
    actorId: actor.id,
    at: now,
    payload: {
      checklistId: c.id,
      op: c.op,
      title: c.title,
      itemsAdded: c.added,
      itemsEdited: c.edited,
      itemsArchived: c.archived,
    },
  });
}
