import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { classifyItem } from "@/lib/domain/classification";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { getPolicy } from "@/lib/server/settings/get-policy";

const ref = { select: { id: true, number: true, subject: true } } as const;
/** A directive for the whole sector can yield hundreds of tasks; the page shows the soonest due. */
export const DIRECTIVE_TASKS_SHOWN = 200;

/**
 * One directive with the directive it implements, those implementing it, its attachments'
 * metadata and the tasks it yielded that the actor may see, each with its progress (steps
 * done / steps) and classification at `now`.
 */
export async function getDirectiveOrThrow(actor: TActor, id: string, now: Date) {
  const scope = { AND: [{ directiveId: id }, taskScopeWhere(actor)] };
  const [directive, taskCount, cal, policy] = await Promise.all([
    db.directive.findUnique({
      where: { id },
      include: {
        implements: ref,
        implementedBy: { ...ref, orderBy: { issuedAt: "asc" } },
        attachments: {
          orderBy: { createdAt: "asc" },
          select: { id: true, fileName: true, mimeType: true, sizeBytes: true },
        },
        createdBy: { select: { name: true } },
        tasks: {
          where: taskScopeWhere(actor),
          orderBy: [{ deadline: "asc" }, { id: "asc" }],
          take: DIRECTIVE_TASKS_SHOWN,
          select: {
            id: true,
            title: true,
            point: true,
            status: true,
            deadline: true,
            originalDeadline: true,
            completedAt: true,
            parentTaskId: true,
            leadUnit: { select: { name: true } },
            steps: { select: { status: true } },
          },
        },
      },
    }),
    db.task.count({ where: scope }),
    getWorkCalendar(),
    getPolicy(),
  ]);
  if (!directive) throw new DomainError("NOT_FOUND", msg("errors.directiveNotFound"));
  const tasks = directive.tasks.map(({ steps, ...t }) => ({
    ...t,
    progress: { done: steps.filter((s) => s.status === "DONE").length, total: steps.length },
    classification: classifyItem(t, cal, policy, now),
  }));
  return { ...directive, tasks, taskCount };
}
