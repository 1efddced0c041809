import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TCreateFinding, TFindingLinkKind } from "@/lib/schemas/finding";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { unitsInTree } from "@/lib/server/access/units-in-tree";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * Refuses any piece of evidence outside the inspection's scope: work the inspected unit's head
 * cannot read (a task, and a step, signal or event of such a task) or a person outside the
 * unit's tree. A missing id is refused the same way, so the check reveals nothing.
 */
export async function checkFindingLinks(tx: Prisma.TransactionClient, asHead: TActor, links: TCreateFinding["links"]) {
  const ids = (kind: TFindingLinkKind) => [...new Set(links.filter((l) => l.kind === kind).map((l) => l.id))];
  const tasks = taskScopeWhere(asHead);
  const found: Record<TFindingLinkKind, string[]> = {
    task: await pick(ids("task"), (i) =>
      tx.task.findMany({ where: { id: { in: i }, ...tasks }, select: { id: true } }),
    ),
    step: await pick(ids("step"), (i) =>
      tx.taskStep.findMany({ where: { id: { in: i }, task: tasks }, select: { id: true } }),
    ),
    signal: await pick(ids("signal"), (i) =>
      tx.signal.findMany({ where: { id: { in: i }, task: tasks }, select: { id: true } }),
    ),
    event: await pick(ids("event"), (i) =>
      tx.event.findMany({ where: { id: { in: i }, task: tasks }, select: { id: true } }),
    ),
    user: await pick(ids("user"), (i) =>
      tx.user.findMany({ where: { id: { in: i }, unit: unitsInTree(asHead.unitPath) }, select: { id: true } }),
    ),
  };
  const outside = links.find((l) => !found[l.kind].includes(l.id));
  if (outside) {
    const message = msg("errors.findingLinkOutOfScope", { kind: outside.kind, id: outside.id });
    throw new DomainError("INVALID_INPUT", message, { links: [message] });
  }
}

async function pick(ids: string[], read: (ids: string[]) => Promise<Array<{ id: string }>>) {
  return ids.length === 0 ? [] : (await read(ids)).map((r) => r.id);
}
