import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { localDateOf } from "@/lib/domain/calendar";
import { describeRecurrence, nextDuePeriod } from "@/lib/domain/recurrence";
import { unitsInTree } from "@/lib/server/access/units-in-tree";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { assignmentScopeOf } from "@/lib/server/tasks-create/assignment-scope-of";
import { recurrenceReadScope } from "./recurrence-read-scope";

export const RECURRENCES_PAGE_SIZE = 20;

/**
 * One page of the recurrences the actor may read (or the one with `id`, when given) (recurrenceReadScope), newest first, each
 * with its rule in words, its next period and deadline at `now` (none once stopped), how many
 * instances it has (and the latest), and whether the actor may stop it (the same scope as setting one up).
 */
export async function findRecurrences(actor: TActor, input: { page: number; id?: string }, now: Date) {
  const scope = recurrenceReadScope(actor);
  if (!scope) throw new DomainError("FORBIDDEN", msg("errors.recurrenceManageForbidden"));
  const where = { leadUnit: unitsInTree(scope), ...(input.id ? { id: input.id } : {}) };
  const [total, rows, cal] = await Promise.all([
    db.taskRecurrence.count({ where }),
    db.taskRecurrence.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (input.page - 1) * RECURRENCES_PAGE_SIZE,
      take: RECURRENCES_PAGE_SIZE,
      include: {
        leadUnit: { select: { name: true, path: true } },
        directive: { select: { id: true, number: true } },
        template: { select: { name: true } },
        _count: { select: { tasks: true } },
        tasks: {
          orderBy: { recurrencePeriod: "desc" },
          take: 1,
          select: { id: true, title: true, recurrencePeriod: true },
        },
      },
    }),
    getWorkCalendar(),
  ]);
  const manageScope = assignmentScopeOf(actor);
  const today = localDateOf(now);
  const items = rows.map((r) => {
    const next = r.stoppedAt ? null : nextDuePeriod(r, today, cal);
    return {
      id: r.id,
      title: r.title,
      frequency: r.frequency,
      deadlineRule: r.deadlineRule,
      deadlineDay: r.deadlineDay,
      deadlineNextMonth: r.deadlineNextMonth,
      deadlineOffset: r.deadlineOffset,
      rule: describeRecurrence(r),
      leadUnit: { id: r.leadUnitId, name: r.leadUnit.name },
      directive: r.directive,
      templateName: r.template.name,
      leadDays: r.leadDays,
      startsOn: r.startsOn,
      nextPeriod: next ? { key: next.key, deadline: next.deadline, createOn: next.createOn } : null,
      instanceCount: r._count.tasks,
      latestInstance: r.tasks[0]
        ? { id: r.tasks[0].id, title: r.tasks[0].title, period: r.tasks[0].recurrencePeriod }
        : null,
      stoppedAt: r.stoppedAt,
      createdAt: r.createdAt,
      canStop: !r.stoppedAt && manageScope !== null && r.leadUnit.path.startsWith(manageScope),
    };
  });
  return { items, total, page: input.page, pageCount: Math.max(1, Math.ceil(total / RECURRENCES_PAGE_SIZE)) };
}
