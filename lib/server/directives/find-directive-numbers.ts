import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";

/** The most recent directives' numbers, to suggest the directive a new one implements. */
export async function findDirectiveNumbers(
  _actor: TActor,
  _input: Record<string, never>,
  _now: Date,
): Promise<string[]> {
  const rows = await db.directive.findMany({ orderBy: { issuedAt: "desc" }, take: 300, select: { number: true } });
  return rows.map((r) => r.number);
}
