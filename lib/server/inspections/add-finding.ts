import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TCreateFinding, TFindingLinkKind } from "@/lib/schemas/finding";
import { db } from "@/lib/server/db/prisma";
import { recordEvent } from "@/lib/server/events/record-event";
import { checkFindingLinks } from "./check-finding-links";
import { asInspectedUnitHead } from "./inspected-work-actor";
import { loadRecordingInspection } from "./load-recording-inspection";

const column: Record<TFindingLinkKind, "taskId" | "stepId" | "signalId" | "eventId" | "userId"> = {
  task: "taskId",
  step: "stepId",
  signal: "signalId",
  event: "eventId",
  user: "userId",
};

/** Records a finding with its evidence, every link inside the inspected unit's scope, and its event. */
export async function addFinding(actor: TActor, inspectionId: string, input: TCreateFinding, now: Date) {
  return db.$transaction(async (tx) => {
    const inspection = await loadRecordingInspection(tx, actor, inspectionId, now);
    await checkFindingLinks(tx, asInspectedUnitHead(actor, inspection.inspectedUnit), input.links);
    const links = [...new Map(input.links.map((l) => [`${l.kind}:${l.id}`, l])).values()];
    const finding = await tx.inspectionFinding.create({
      data: {
        inspectionId,
        severity: input.severity,
        description: input.description,
        createdById: actor.id,
        createdAt: now,
        links: { create: links.map((l) => ({ [column[l.kind]]: l.id })) },
      },
      select: { id: true },
    });
    await recordEvent(tx, {
      kind: "INSPECTION_FINDING_ADDED",
      actorId: actor.id,
      at: now,
      payload: { inspectionId, findingId: finding.id, severity: input.severity, links },
    });
    return finding;
  });
}
