import "server-only";
import { msg } from "@/lib/i18n/message";
import { hasSectorWideView, isUnitHead, type TActor } from "@/lib/domain/access/roles";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { unitsInTree } from "@/lib/server/access/units-in-tree";
import { textSearchWhere } from "@/lib/server/search/text-search-where";

export type TUserPageInput = {
  unitId: string | undefined;
  q: string | undefined;
  after: { n: string; i: string } | null;
  limit: number;
};

/**
 * Who the actor may look up: sector-wide roles everyone; a head the people of their unit
 * tree; staff the people of their own unit. Filters only ever narrow this scope.
 */
export function userScopeWhere(actor: TActor): Prisma.UserWhereInput {
  if (hasSectorWideView(actor)) return {};
  if (isUnitHead(actor)) return { unit: unitsInTree(actor.unitPath) };
  return { unitId: actor.unitId };
}

export const userSelect = {
  id: true,
  name: true,
  email: true,
  employeeCode: true,
  title: true,
  position: true,
  roles: true,
  isActive: true,
  unit: { select: { id: true, name: true } },
} as const;

/** People in scope by name (then id, for a stable order), one keyset page at a time. */
export async function findUserPage(actor: TActor, input: TUserPageInput) {
  const unitPath = input.unitId ? await unitPathOrThrow(input.unitId) : null;
  const q = input.q?.trim();
  const where: Prisma.UserWhereInput = {
    AND: [
      userScopeWhere(actor),
      unitPath ? { unit: unitsInTree(unitPath) } : {},
      q ? textSearchWhere(q) : {},
      input.after ? { OR: [{ name: { gt: input.after.n } }, { name: input.after.n, id: { gt: input.after.i } }] } : {},
    ],
  };
  const rows = await db.user.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: userSelect,
  });
  return { items: rows.slice(0, input.limit), hasMore: rows.length > input.limit };
}

async function unitPathOrThrow(unitId: string): Promise<string> {
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { path: true } });
  if (!unit) throw new DomainError("INVALID_INPUT", msg("errors.unitUnknown"), { unit: [msg("errors.unitUnknown")] });
  return unit.path;
}
