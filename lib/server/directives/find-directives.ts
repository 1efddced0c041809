import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { db } from "@/lib/server/db/prisma";
import { textSearchWhere } from "@/lib/server/search/text-search-where";

export const DIRECTIVES_PAGE_SIZE = 20;

/** A page by number (the register's pages), or the page after a directive (the API's keyset cursor). */
export type TFindDirectives = { q: string; page: number; after?: { issuedAt: Date; number: string } };

/**
 * The register of directives, newest first, searched by number, subject, issuer and summary
 * without regard to diacritics. Directives are public within the sector; the task count only
 * counts the tasks the actor may see.
 */
export async function findDirectives(actor: TActor, input: TFindDirectives, _now: Date) {
  const where = textSearchWhere(input.q);
  const after = input.after;
  const [total, rows] = await Promise.all([
    db.directive.count({ where }),
    db.directive.findMany({
      // The order ends in the unique number, so the rows after a directive are well defined.
      where: after
        ? {
            AND: [
              where,
              {
                OR: [{ issuedAt: { lt: after.issuedAt } }, { issuedAt: after.issuedAt, number: { gt: after.number } }],
              },
            ],
          }
        : where,
      orderBy: [{ issuedAt: "desc" }, { number: "asc" }],
      skip: after ? 0 : (input.page - 1) * DIRECTIVES_PAGE_SIZE,
      take: DIRECTIVES_PAGE_SIZE + 1,
      select: {
        id: true,
        number: true,
        kind: true,
        issuer: true,
        issuedAt: true,
        subject: true,
        _count: { select: { tasks: { where: taskScopeWhere(actor) } } },
      },
    }),
  ]);
  return {
    items: rows.slice(0, DIRECTIVES_PAGE_SIZE).map(({ _count, ...d }) => ({ ...d, taskCount: _count.tasks })),
    hasMore: rows.length > DIRECTIVES_PAGE_SIZE,
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / DIRECTIVES_PAGE_SIZE)),
  };
}
