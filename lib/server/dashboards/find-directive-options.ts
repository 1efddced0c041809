import "server-only";
import { db } from "@/lib/server/db/prisma";

/** Directives with work in the scope (a step or a lead unit at or below it), newest first, for the filter. */
export async function findDirectiveOptions(scopePath: string) {
  const inTree = { path: { startsWith: scopePath } };
  return db.directive.findMany({
    where: { tasks: { some: { status: { not: "CANCELLED" }, OR: [{ leadUnit: inTree }, { steps: { some: { unit: inTree } } }] } } },
    orderBy: [{ issuedAt: "desc" }, { number: "asc" }],
    take: 200,
    select: { id: true, number: true, subject: true },
  });
}
