import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { db } from "@/lib/server/db/prisma";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

const taskRef = { select: { id: true, title: true, directive: { select: { number: true } } } } as const;

/** What waits for the head's decision in their unit tree: returns, extension requests, escalations. */
export async function findUnitRulings(actor: TActor) {
  const inTree = unitsInTree(actor.unitPath);
  const [returns, extensions, escalations] = await Promise.all([
    db.taskStep.findMany({
      where: { status: "RETURNED", unit: inTree, task: taskScopeWhere(actor) },
      select: {
        id: true,
        name: true,
        lastActivityAt: true,
        owner: { select: { name: true } },
        task: taskRef,
        events: {
          where: { kind: "STEP_RETURNED" },
          orderBy: { seq: "desc" },
          take: 1,
          select: { reason: true, at: true },
        },
      },
      orderBy: { lastActivityAt: "asc" },
    }),
    db.extensionRequest.findMany({
      where: { status: "PENDING", step: { unit: inTree, task: taskScopeWhere(actor) } },
      select: {
        id: true,
        reason: true,
        requestedDeadline: true,
        previousDeadline: true,
        createdAt: true,
        requester: { select: { name: true } },
        step: { select: { id: true, name: true, task: taskRef } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.escalation.findMany({
      where: { resolvedAt: null, toUnit: inTree },
      select: {
        id: true,
        reason: true,
        createdAt: true,
        kind: true,
        fromUnit: { select: { name: true } },
        raisedBy: { select: { name: true } },
        step: { select: { name: true } },
        task: taskRef,
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return { returns, extensions, escalations };
}
