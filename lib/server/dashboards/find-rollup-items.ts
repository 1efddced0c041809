import "server-only";
import { classifyItem } from "@/lib/domain/classification";
import type { TReportCategory, TRollupListItem } from "@/lib/domain/rollups";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/db/generated/client";
import { getPolicy } from "@/lib/server/settings/get-policy";
import { localMonthSql } from "./local-month-sql";
import type { TRollupFilter } from "./rollup-filter";
import { rollupItemsSql } from "./rollup-items-sql";

export type TRollupListOptions = {
  category?: TReportCategory;
  /** Only items of this very unit, not of the units below it. */
  ownUnitId?: string;
  month?: string;
  page?: number;
  pageSize?: number;
};

/**
 * The items behind a roll-up number, oldest first (completion, else deadline): the same SQL
 * as the counts picks the ids of one page, so the list always adds up to the number; the
 * rows are then read by id and classified with the policy for their badges.
 */
export async function findRollupItems(filter: TRollupFilter, now: Date, options: TRollupListOptions = {}) {
  const page = options.page ?? 1;
  const pageSize = options.pageSize ?? 25;
  const where = Prisma.join(
    [
      Prisma.sql`TRUE`,
      options.category ? Prisma.sql`x.category = ${options.category}` : null,
      options.ownUnitId ? Prisma.sql`x."unitId" = ${options.ownUnitId}` : null,
      options.month ? Prisma.sql`${localMonthSql(Prisma.sql`x."reportedAt"`)} = ${options.month}` : null,
    ].filter((c): c is Prisma.Sql => c !== null),
    " AND ",
  );
  const base = rollupItemsSql(filter, now, options.category ? categoryBounds(options.category, now) : Prisma.empty);
  const [ids, [{ total }], cal, policy] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`WITH x AS (${base}) SELECT x.id FROM x WHERE ${where}
      ORDER BY x."reportedAt" ASC, x.id ASC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ total: number }[]>`WITH x AS (${base}) SELECT count(*)::int AS total FROM x WHERE ${where}`,
    getWorkCalendar(),
    getPolicy(),
  ]);
  const rows = filter.level === "task" ? await readTasks(ids.map((r) => r.id)) : await readSteps(ids.map((r) => r.id));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items: TRollupListItem[] = ids
    .map(({ id }) => byId.get(id))
    .filter((r) => r !== undefined)
    .map((r) => ({ ...r, classification: classifyItem(r, cal, policy, now) }));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/**
 * What a category implies about an item's completion and deadline, in a form the
 * completedAt-deadline index can serve (the category itself is a computed column): the
 * overdue list of a whole province reads its open items, not every item it ever had.
 */
function categoryBounds(category: TReportCategory, now: Date): Prisma.Sql {
  switch (category) {
    case "OVERDUE":
      return Prisma.sql`AND b."completedAt" IS NULL AND b.deadline < ${now}::timestamp`;
    case "IN_TIME":
      return Prisma.sql`AND b."completedAt" IS NULL AND b.deadline >= ${now}::timestamp`;
    default:
      return Prisma.sql`AND b."completedAt" IS NOT NULL`;
  }
}

const taskSelect = { id: true, title: true, point: true, directive: { select: { number: true } } } as const;

async function readSteps(ids: string[]) {
  const steps = await db.taskStep.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, name: true, deadline: true, originalDeadline: true, completedAt: true,
      owner: { select: { id: true, name: true } }, unit: { select: { name: true } }, task: { select: taskSelect },
    },
  });
  return steps.map((s) => ({
    id: s.id, taskId: s.task.id, taskTitle: s.task.title, point: s.task.point, directiveNumber: s.task.directive.number,
    stepName: s.name, owner: s.owner, unitName: s.unit.name,
    deadline: s.deadline, originalDeadline: s.originalDeadline, completedAt: s.completedAt,
  }));
}

async function readTasks(ids: string[]) {
  const tasks = await db.task.findMany({
    where: { id: { in: ids } },
    select: { ...taskSelect, deadline: true, originalDeadline: true, completedAt: true, leadUnit: { select: { name: true } } },
  });
  return tasks.map((t) => ({
    id: t.id, taskId: t.id, taskTitle: t.title, point: t.point, directiveNumber: t.directive.number,
    stepName: null, owner: null, unitName: t.leadUnit.name,
    deadline: t.deadline, originalDeadline: t.originalDeadline, completedAt: t.completedAt,
  }));
}
