import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { groupMySteps } from "@/lib/domain/work/group-my-steps";
import { unitsInTree } from "@/lib/server/access/units-in-tree";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db } from "@/lib/server/db/prisma";
import { getPolicy } from "@/lib/server/settings/get-policy";
import { stepSelect } from "./find-my-work";

const OPEN_STEP = ["TODO", "IN_PROGRESS", "RETURNED"] as const;

/**
 * What "my work" shows a deputy for each live delegation: the principal's open steps, soonest
 * first with their classification, and for a head's decisions the returns waiting for a ruling
 * in the head's tree (not the deputy's own: nobody judges their own return). Empty without a
 * delegation, at the cost of no query.
 */
export async function findDeputyWork(actor: TActor, now: Date) {
  const grants = actor.deputyFor ?? [];
  if (grants.length === 0) return [];
  const [cal, policy] = await Promise.all([getWorkCalendar(), getPolicy()]);
  return Promise.all(
    grants.map(async (grant) => {
      const [open, returns] = await Promise.all([
        db.taskStep.findMany({
          where: { ownerId: grant.principal.id, status: { in: [...OPEN_STEP] } },
          select: stepSelect,
        }),
        grant.scope === "HEAD_DECISIONS"
          ? db.taskStep.findMany({
              where: {
                status: "RETURNED",
                unit: unitsInTree(grant.principal.unitPath),
                ownerId: { notIn: [actor.id, grant.principal.id] },
                task: { status: { not: "CANCELLED" } },
              },
              select: stepSelect,
              orderBy: { lastActivityAt: "asc" },
              take: 50,
            })
          : Promise.resolve([]),
      ]);
      const g = groupMySteps(open, cal, policy, now);
      return { grant, steps: [...g.overdue, ...g.dueToday, ...g.dueSoon, ...g.inTime], returns };
    }),
  );
}
