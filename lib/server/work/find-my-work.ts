import "server-only";
import { groupMySteps } from "@/lib/domain/work/group-my-steps";
import type { TActor } from "@/lib/domain/access/roles";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db } from "@/lib/server/db/prisma";
import { getPolicy } from "@/lib/server/settings/get-policy";

const OPEN_STEP = ["TODO", "IN_PROGRESS", "RETURNED"] as const;

export const stepSelect = {
  id: true,
  name: true,
  kind: true,
  status: true,
  version: true,
  deadline: true,
  originalDeadline: true,
  completedAt: true,
  task: { select: { id: true, title: true, point: true, directive: { select: { number: true } } } },
} as const;

/** Everything "my work" shows for one person at `now`. */
export async function findMyWork(actor: TActor, now: Date) {
  const [cal, policy, open, done, consultations] = await Promise.all([
    getWorkCalendar(),
    getPolicy(),
    db.taskStep.findMany({ where: { ownerId: actor.id, status: { in: [...OPEN_STEP] } }, select: stepSelect }),
    db.taskStep.findMany({
      where: { ownerId: actor.id, status: "DONE" },
      select: stepSelect,
      orderBy: { completedAt: "desc" },
      take: 10,
    }),
    db.consultation.findMany({
      where: {
        answeredAt: null,
        OR: [{ targetUserId: actor.id }, { targetUnitId: actor.unitId, targetUserId: null }],
      },
      select: {
        id: true,
        question: true,
        responseDeadline: true,
        requester: { select: { name: true } },
        step: { select: { name: true, task: { select: { id: true, title: true } } } },
      },
      orderBy: { responseDeadline: "asc" },
    }),
  ]);
  return { groups: groupMySteps(open, cal, policy, now), done, consultations, policy };
}
