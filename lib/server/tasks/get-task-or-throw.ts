import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { typedEvents } from "@/lib/server/events/typed-events";

const person = { select: { id: true, name: true, title: true, unit: { select: { name: true } } } } as const;

/**
 * One task with its steps, consultations, extension requests and full history, if the actor
 * may see it. A task out of scope answers NOT_FOUND, exactly like a missing one, so that ids
 * cannot be probed.
 */
export async function getTaskOrThrow(actor: TActor, id: string) {
  const task = await db.task.findFirst({
    where: { AND: [{ id }, taskScopeWhere(actor)] },
    include: {
      directive: { select: { id: true, number: true, subject: true } },
      leadUnit: { select: { id: true, name: true } },
      assigner: person,
      coordinators: { include: { unit: { select: { id: true, name: true } } } },
      steps: {
        orderBy: { order: "asc" },
        include: {
          owner: person,
          unit: { select: { path: true } },
          consultations: {
            orderBy: { createdAt: "asc" },
            include: {
              requester: person,
              targetUser: person,
              targetUnit: { select: { name: true } },
              answeredBy: person,
            },
          },
          extensionRequests: { orderBy: { createdAt: "asc" }, include: { requester: person, decidedBy: person } },
        },
      },
      events: {
        orderBy: { seq: "asc" },
        include: { actor: person, onBehalfOf: person, step: { select: { name: true } } },
      },
    },
  });
  if (!task) throw new DomainError("NOT_FOUND", msg("errors.taskNotFound"));
  return { ...task, events: typedEvents(task.events) };
}
