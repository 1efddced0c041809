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

type TListRow = Omit<TRollupListItem, "classification" | "owner"> & {
  ownerId: string | null;
  ownerName: string | null;
};

/**
 * The items behind a roll-up number, oldest first (completion, else deadline): the same SQL
 * as the counts picks the ids of one page, so the list always adds up to the number, and
 * reads those rows with their task, directive, owner and unit in the same statement; each is
 * then classified with the policy for its badge.
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
  const [rows, [{ total }], cal, policy] = await Promise.all([
    db.$queryRaw<TListRow[]>`
      WITH x AS (${base}),
      p AS (SELECT x.id, x."reportedAt" FROM x WHERE ${where} ORDER BY x."reportedAt" ASC, x.id ASC
            LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize})
      ${filter.level === "task" ? taskRowsSql : stepRowsSql}
      ORDER BY p."reportedAt" ASC, p.id ASC`,
    db.$queryRaw<{ total: number }[]>`WITH x AS (${base}) SELECT count(*)::int AS total FROM x WHERE ${where}`,
    getWorkCalendar(),
    getPolicy(),
  ]);
  const items: TRollupListItem[] = rows.map(({ ownerId, ownerName, ...r }) => {
    const item = { ...r, owner: ownerId ? { id: ownerId, name: ownerName ?? "" } : null };
    return { ...item, classification: classifyItem(item, cal, policy, now) };
  });
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

/** The page's steps (`p`) as list rows. */
const stepRowsSql = Prisma.sql`
  SELECT s.id, s."taskId", t.title AS "taskTitle", t.point, d.number AS "directiveNumber", s.name AS "stepName",
    o.id AS "ownerId", o.name AS "ownerName", un.name AS "unitName", s.deadline, s."originalDeadline", s."completedAt"
  FROM p
  JOIN "TaskStep" s ON s.id = p.id
  JOIN "Task" t ON t.id = s."taskId"
  JOIN "Directive" d ON d.id = t."directiveId"
  JOIN "User" o ON o.id = s."ownerId"
  JOIN "Unit" un ON un.id = s."unitId"`;

/** The page's tasks (`p`) as list rows: a task has no step and no accountable person. */
const taskRowsSql = Prisma.sql`
  SELECT t.id, t.id AS "taskId", t.title AS "taskTitle", t.point, d.number AS "directiveNumber", NULL::text AS "stepName",
    NULL::text AS "ownerId", NULL::text AS "ownerName", un.name AS "unitName", t.deadline, t."originalDeadline", t."completedAt"
  FROM p
  JOIN "Task" t ON t.id = p.id
  JOIN "Directive" d ON d.id = t."directiveId"
  JOIN "Unit" un ON un.id = t."leadUnitId"`;
