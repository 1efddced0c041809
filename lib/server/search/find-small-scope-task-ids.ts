import "server-only";
import { hasSectorWideView, type TActor } from "@/lib/domain/access/roles";
import { headSubtreePath } from "@/lib/server/access/task-scope";
import { db } from "@/lib/server/db/prisma";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

/**
 * Up to this many rows of the scope's sources (for a head, TaskUnit rows: about one and a third
 * per task), a scope is read whole and sorted: a district's couple of thousand tasks cost a
 * couple of thousand index probes. Beyond it the scope is dense enough that walking the tasks
 * in deadline order finds a page after a few thousand rows. In between, neither is cheap; see
 * the README's performance section.
 */
export const SMALL_SCOPE_ROWS = 4000;

/**
 * The ids of every task in the actor's scope when its sources hold at most `maxRows` rows; null
 * for a larger scope and for a sector-wide view. The same tasks as taskScopeWhere: for a head,
 * those of TaskUnit's rows in their subtree; for anyone else, those involving their unit, with a
 * step they own, or with a consultation addressed to them (the three branches of its OR). Reads
 * at most `maxRows + 1` rows of each source, along an index, so finding out that a scope is
 * large costs little.
 *
 * Why not let PostgreSQL choose: it estimates every subtree alike (a prefix match on the unit's
 * path) and cannot see through the staff OR, so for a district it walks the deadline index
 * through a whole sector of other tasks (0.7–1.2 s for Đống Đa's 1,900 tasks among a million)
 * instead of sorting its own.
 */
export async function findSmallScopeTaskIds(actor: TActor, maxRows = SMALL_SCOPE_ROWS): Promise<string[] | null> {
  // A deputy's scope joins the principal's: read through taskScopeWhere, not these sources.
  if (hasSectorWideView(actor) || actor.deputyFor?.length) return null;
  const take = maxRows + 1;
  const subtree = headSubtreePath(actor);
  const sources = subtree
    ? [db.taskUnit.findMany({ where: { unit: unitsInTree(subtree) }, select: { taskId: true }, take })]
    : [
        db.taskUnit.findMany({ where: { unitId: actor.unitId }, select: { taskId: true }, take }),
        db.taskStep.findMany({ where: { ownerId: actor.id }, select: { taskId: true }, take }),
        db.consultation
          .findMany({ where: { targetUserId: actor.id }, select: { step: { select: { taskId: true } } }, take })
          .then((rows) => rows.map((r) => r.step)),
      ];
  const lists = await Promise.all(sources);
  if (lists.reduce((n, rows) => n + rows.length, 0) > maxRows) return null;
  return [...new Set(lists.flat().map((r) => r.taskId))];
}
