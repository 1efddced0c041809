import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { db } from "@/lib/server/db/prisma";
import { textSearchWhere } from "@/lib/server/search/text-search-where";

export const DIRECTIVES_PAGE_SIZE = 20;

export type TFindDirectives = { q: string; page: number };

/**
 * The register of directives, newest first, searched by number, subject, issuer and summary
 * without regard to diacritics. Directives are public within the sector; the task count only
 * counts the tasks the actor may see.
 */
export async function findDirectives(actor: TActor, input: TFindDirectives, _now: Date) {
  const where = textSearchWhere(input.q);
  const [total, items] = await Promise.all([
    db.directive.count({ where }),
    db.directive.findMany({
      where,
      orderBy: [{ issuedAt: "desc" }, { number: "asc" }],
      skip: (input.page - 1) * DIRECTIVES_PAGE_SIZE,
      take: DIRECTIVES_PAGE_SIZE,
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
    items: items.map(({ _count, ...d }) => ({ ...d, taskCount: _count.tasks })),
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / DIRECTIVES_PAGE_SIZE)),
  };
}
