import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

export type TSearchFilters = {
  /** Free text: words of a title, subject or description, or a number and symbol. */
  q: string;
  /** The path of the chosen unit: tasks led by it or a unit below it, or with a step there. */
  unitPath: string | null;
  /** A person: tasks where they own a step. */
  personId: string | null;
};

/** The unit and person filters of the search page as a task filter; the caller adds the actor's scope. */
export function searchFiltersWhere(f: Pick<TSearchFilters, "unitPath" | "personId">): Prisma.TaskWhereInput[] {
  const where: Prisma.TaskWhereInput[] = [];
  if (f.unitPath) {
    const inTree = unitsInTree(f.unitPath);
    where.push({ OR: [{ leadUnit: inTree }, { steps: { some: { unit: inTree } } }] });
  }
  if (f.personId) where.push({ steps: { some: { ownerId: f.personId } } });
  return where;
}
