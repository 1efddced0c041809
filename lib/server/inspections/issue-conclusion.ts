import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { canManageInspection } from "@/lib/domain/inspections/inspection-access";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";
import type { TIssueConclusion } from "@/lib/schemas/conclusion";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { writeTaskChange, type TTaskTx } from "@/lib/server/events/write-task-change";
import { insertTask } from "@/lib/server/tasks-create/insert-task";
import { getInspectionOrThrow } from "./get-inspection-or-throw";
import { reachOf } from "./inspection-select";

/**
 * Issues an inspection's conclusion, once: the inspection turns CONCLUDED (a conditional update,
 * so two issues racing cannot both pass), the conclusion is written as a directive of kind
 * KET_LUAN, and each recommendation becomes a task under it through insertTask, the path every
 * task takes (lead unit in the inspected unit's tree, one owner and a deadline per step), so
 * signals, dashboards and evaluation count it. All in one task transaction, with its events.
 */
export async function issueConclusion(actor: TActor, inspectionId: string, input: TIssueConclusion, now: Date) {
  return writeTaskChange(now, async (tx) => {
    const inspection = await getInspectionOrThrow(actor, inspectionId, now, tx);
    if (!canManageInspection(actor, reachOf(inspection)))
      throw new DomainError("FORBIDDEN", msg("errors.inspectionManageForbidden"));
    if (inspection.status === "CONCLUDED") throw new DomainError("CONFLICT", msg("errors.conclusionTwice"));
    const claimed = await tx.inspection.updateMany({
      where: { id: inspectionId, status: "IN_PROGRESS" },
      data: { status: "CONCLUDED", concludedAt: now, version: { increment: 1 } },
    });
    if (claimed.count !== 1) throw new DomainError("INVALID_STATE", msg("errors.conclusionNotStarted"));
    const directive = await createConclusionDirective(tx, actor, input, inspection, now);
    const conclusion = await tx.inspectionConclusion.create({
      data: { inspectionId, directiveId: directive.id, summary: input.summary, issuedById: actor.id, issuedAt: now },
      select: { id: true },
    });
    const origin = { directive, parent: null, leadScope: inspection.inspectedUnit.path };
    const recommendations: Array<{ recommendationId: string; taskId: string }> = [];
    for (const [position, r] of input.recommendations.entries()) {
      const task = await insertTask(tx, actor, { ...r, directiveId: directive.id }, now, origin).catch((e: unknown) => {
        throw prefixed(e, position);
      });
      const rec = await tx.inspectionRecommendation.create({
        data: { conclusionId: conclusion.id, position, taskId: task.id },
        select: { id: true },
      });
      recommendations.push({ recommendationId: rec.id, taskId: task.id });
    }
    await recordEvent(tx, {
      kind: "INSPECTION_CONCLUDED",
      actorId: actor.id,
      at: now,
      directiveId: directive.id,
      payload: {
        inspectionId,
        conclusionId: conclusion.id,
        directiveId: directive.id,
        number: input.number,
        recommendations,
      },
    });
    return { id: conclusion.id, directiveId: directive.id, recommendations };
  });
}

async function createConclusionDirective(
  tx: TTaskTx,
  actor: TActor,
  input: TIssueConclusion,
  inspection: { inspectingUnit: { name: string }; inspectedUnit: { name: string }; subject: string },
  now: Date,
) {
  const taken = await tx.directive.findUnique({ where: { number: input.number }, select: { id: true } });
  if (taken) {
    const message = msg("errors.conclusionNumberTaken", { number: input.number });
    throw new DomainError("CONFLICT", message, { number: [message] });
  }
  const subject = `${inspection.subject} (${inspection.inspectedUnit.name})`;
  const directive = await tx.directive.create({
    data: {
      number: input.number,
      kind: "KET_LUAN",
      issuer: inspection.inspectingUnit.name,
      issuedAt: now,
      subject,
      summary: input.summary,
      searchText: normalizeSearchText(input.number, subject, inspection.inspectingUnit.name),
      createdById: actor.id,
      createdAt: now,
    },
    select: { id: true, number: true, subject: true },
  });
  await recordEvent(tx, {
    kind: "DIRECTIVE_CREATED",
    actorId: actor.id,
    at: now,
    directiveId: directive.id,
    payload: { number: input.number, kind: "KET_LUAN", implementsId: null },
  });
  return directive;
}

/** A recommendation's field errors named under it ("recommendations.1.steps.0.ownerId"), so a form shows them in place. */
function prefixed(e: unknown, position: number): unknown {
  if (!(e instanceof DomainError) || !e.fieldErrors) return e;
  const fieldErrors = Object.fromEntries(
    Object.entries(e.fieldErrors).map(([k, v]) => [`recommendations.${position}.${k}`, v]),
  );
  return new DomainError(e.code, e.text, fieldErrors);
}
