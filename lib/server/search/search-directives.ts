import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { db } from "@/lib/server/db/prisma";
import type { Prisma } from "@/lib/server/db/prisma";
import { searchFiltersWhere, type TSearchFilters } from "./search-filters-where";
import { textSearchWhere } from "./text-search-where";

/** The search page shows the best few directives and links to the register for the rest. */
export const SEARCH_DIRECTIVES_SHOWN = 5;

/**
 * Directives matching the text. With a unit or person filter, only directives with a task
 * that matches the filter and that the actor may see: a filter is about the work, so it must
 * not reveal which directives concern units outside the actor's scope.
 */
export async function searchDirectives(actor: TActor, input: TSearchFilters, _now: Date) {
  const filters = searchFiltersWhere(input);
  const where: Prisma.DirectiveWhereInput = {
    AND: [
      textSearchWhere(input.q),
      ...(filters.length ? [{ tasks: { some: { AND: [taskScopeWhere(actor), ...filters] } } }] : []),
    ],
  };
  const [total, items] = await Promise.all([
    db.directive.count({ where }),
    db.directive.findMany({
      where,
      orderBy: [{ issuedAt: "desc" }, { number: "asc" }],
      take: SEARCH_DIRECTIVES_SHOWN,
      select: { id: true, number: true, kind: true, issuer: true, issuedAt: true, subject: true },
    }),
  ]);
  return { items, total };
}
