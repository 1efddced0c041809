import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { unitsInTree } from "@/lib/server/access/units-in-tree";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { textSearchWhere } from "@/lib/server/search/text-search-where";
import { userSelect } from "@/lib/server/api/reads/find-user-page";
import { assertPeopleAdmin } from "./assert-people-admin";

export const ADMIN_PEOPLE_PAGE_SIZE = 50;

/**
 * The people the administration lists: every word in name, e-mail, employee code or title
 * without diacritics (User.searchText, kept by a trigger, trigram-indexed), within a unit's
 * tree, the deactivated only when asked; by name, a page of 50 at a time.
 */
export async function findAdminPeople(
  actor: TActor,
  query: { q: string; unit?: string; inactive?: "1"; page: number },
) {
  assertPeopleAdmin(actor);
  const unit = query.unit ? await db.unit.findUnique({ where: { id: query.unit }, select: { path: true } }) : null;
  const where: Prisma.UserWhereInput = {
    AND: [
      textSearchWhere(query.q),
      unit ? { unit: unitsInTree(unit.path) } : {},
      query.inactive ? {} : { isActive: true },
    ],
  };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * ADMIN_PEOPLE_PAGE_SIZE,
      take: ADMIN_PEOPLE_PAGE_SIZE,
      select: userSelect,
    }),
  ]);
  return { items: rows, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / ADMIN_PEOPLE_PAGE_SIZE)) };
}
