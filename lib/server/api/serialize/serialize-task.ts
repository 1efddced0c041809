import "server-only";
import type { z } from "zod";
import type { TActor } from "@/lib/domain/access/roles";
import { classifyItem } from "@/lib/domain/classification";
import { allowedStepActions } from "@/lib/domain/workflow/allowed-step-actions";
import type { TStepStatus } from "@/lib/domain/workflow/step-action";
import type { ZApiTask, ZApiTaskListItem } from "@/lib/schemas/api/tasks";
import type { TClassifyContext } from "@/lib/server/settings/get-classify-context";
import type { getTaskOrThrow } from "@/lib/server/tasks/get-task-or-throw";
import { iso, isoOrNull } from "./iso";
import { serializeConsultation, serializeExtensionRequest, serializeStepState } from "./serialize-step-state";

type TTaskRow = Awaited<ReturnType<typeof getTaskOrThrow>>;

type TListRow = Pick<
  TTaskRow,
  "id" | "title" | "point" | "status" | "priority" | "deadline" | "originalDeadline" | "completedAt"
> & {
  directive: { id: string; number: string };
  leadUnit: { id: string; name: string };
};

export function serializeTaskListItem(t: TListRow, c: TClassifyContext): z.input<typeof ZApiTaskListItem> {
  return {
    id: t.id,
    title: t.title,
    point: t.point,
    status: t.status,
    priority: t.priority,
    deadline: iso(t.deadline),
    originalDeadline: iso(t.originalDeadline),
    completedAt: isoOrNull(t.completedAt),
    directive: { id: t.directive.id, number: t.directive.number },
    leadUnit: { id: t.leadUnit.id, name: t.leadUnit.name },
    classification: classifyItem(t, c.cal, c.policy, c.now),
  };
}

/**
 * A task as GET /tasks/{id} shows it: the classification of the task and of each step at the
 * time of the request, and, per step, the actions this caller may take now (the same rule the
 * task page uses to show its buttons).
 */
export function serializeTask(actor: TActor, t: TTaskRow, c: TClassifyContext): z.input<typeof ZApiTask> {
  return {
    ...serializeTaskListItem(t, c),
    evaluationWeight: t.evaluationWeight,
    description: t.description,
    expectedResult: t.expectedResult,
    result: t.result,
    parentTaskId: t.parentTaskId,
    templateId: t.templateId,
    assigner: { id: t.assigner.id, name: t.assigner.name },
    coordinatingUnits: t.coordinators.map((co) => ({ id: co.unit.id, name: co.unit.name })),
    version: t.version,
    createdAt: iso(t.createdAt),
    updatedAt: iso(t.updatedAt),
    steps: t.steps.map(({ owner, unit, consultations, extensionRequests, ...s }) => ({
      ...serializeStepState(s),
      owner: { id: owner.id, name: owner.name },
      classification: s.status === "PENDING" ? null : classifyItem(s, c.cal, c.policy, c.now),
      allowedActions: allowedStepActions(
        actor,
        { ownerId: s.ownerId, unitPath: unit.path, status: s.status as TStepStatus, deadline: s.deadline },
        c.now,
      ),
      consultations: consultations.map(({ requester: _r, targetUser: _tu, targetUnit: _tn, answeredBy: _a, ...row }) =>
        serializeConsultation(row),
      ),
      extensionRequests: extensionRequests.map(({ requester: _r, decidedBy: _d, ...row }) =>
        serializeExtensionRequest(row),
      ),
    })),
  };
}
