import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TAnswerChecklistItem } from "@/lib/schemas/checklist";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { loadRecordingInspection } from "./load-recording-inspection";

/** Answers one item of the inspection's checklist (met, not met, not applicable, with a note); a new answer replaces the last. */
export async function answerChecklistItem(actor: TActor, inspectionId: string, input: TAnswerChecklistItem, now: Date) {
  return db.$transaction(async (tx) => {
    const inspection = await loadRecordingInspection(tx, actor, inspectionId, now);
    const item = await tx.checklistItem.findFirst({
      where: { id: input.itemId, archivedAt: null, checklistId: inspection.checklistId ?? "" },
      select: { id: true },
    });
    if (!item) {
      const message = msg("errors.checklistItemNotFound");
      throw new DomainError("INVALID_INPUT", message, { itemId: [message] });
    }
    const key = { inspectionId_itemId: { inspectionId, itemId: item.id } };
    const previous = await tx.inspectionChecklistAnswer.findUnique({ where: key, select: { result: true } });
    const data = { result: input.result, note: input.note, answeredById: actor.id, answeredAt: now };
    await tx.inspectionChecklistAnswer.upsert({
      where: key,
      create: { inspectionId, itemId: item.id, ...data },
      update: data,
    });
    await recordEvent(tx, {
      kind: "INSPECTION_ITEM_ANSWERED",
      actorId: actor.id,
      at: now,
      payload: { inspectionId, itemId: item.id, result: input.result, previousResult: previous?.result ?? null },
    });
  });
}
