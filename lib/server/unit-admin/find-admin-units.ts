import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";
import { db } from "@/lib/server/db/prisma";
import { findKeyedUnitsInTreeOrder } from "@/lib/server/tasks-create/find-units-in-tree-order";
import { assertUnitAdmin } from "./assert-unit-admin";

export const ADMIN_UNITS_PAGE_SIZE = 100;

/**
 * The whole unit tree for the administration page, in tree order, closed units included (they
 * are history), filtered by code, name or short name without diacritics ("dong da" finds
 * "Đống Đa") and cut into pages. The sector has about 700 units: read whole, filtered here.
 */
export async function findAdminUnits(actor: TActor, query: { q: string; page: number }) {
  assertUnitAdmin(actor);
  const [ordered, details, people] = await Promise.all([
    findKeyedUnitsInTreeOrder("/"),
    db.unit.findMany({
      select: {
        id: true,
        code: true,
        shortName: true,
        level: true,
        closedAt: true,
        successor: { select: { name: true } },
      },
    }),
    db.user.groupBy({ by: ["unitId"], where: { isActive: true }, _count: { _all: true } }),
  ]);
  const detailOf = new Map(details.map((d) => [d.id, d]));
  const peopleOf = new Map(people.map((p) => [p.unitId, p._count._all]));
  const words = normalizeSearchText(query.q);
  const rows = ordered.flatMap((u) => {
    const d = detailOf.get(u.id);
    if (!d) return [];
    if (words && !normalizeSearchText(d.code, u.name, d.shortName).includes(words)) return [];
    return [
      { ...d, name: u.name, depth: u.depth, successorName: d.successor?.name ?? null, people: peopleOf.get(u.id) ?? 0 },
    ];
  });
  const pageCount = Math.max(1, Math.ceil(rows.length / ADMIN_UNITS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const start = (page - 1) * ADMIN_UNITS_PAGE_SIZE;
  return { items: rows.slice(start, start + ADMIN_UNITS_PAGE_SIZE), total: rows.length, page, pageCount };
}
