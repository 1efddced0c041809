import "server-only";
import { msg } from "@/lib/i18n/message";
import { hasSectorWideView, type TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/** Every unit of the tree in order, with its open tasks, open steps and overdue steps counted in SQL. */
export async function findUnitsOverview(actor: TActor, now: Date) {
  if (!hasSectorWideView(actor)) throw new DomainError("FORBIDDEN", msg("errors.sectorWideOnly"));
  const open = { in: ["TODO", "IN_PROGRESS", "RETURNED"] as ("TODO" | "IN_PROGRESS" | "RETURNED")[] };
  const [units, tasks, steps, overdue] = await Promise.all([
    db.unit.findMany({ select: { id: true, code: true, name: true, level: true, path: true, sortOrder: true } }),
    db.task.groupBy({ by: ["leadUnitId"], where: { status: { in: ["OPEN", "IN_PROGRESS"] } }, _count: { _all: true } }),
    db.taskStep.groupBy({ by: ["unitId"], where: { status: open }, _count: { _all: true } }),
    db.taskStep.groupBy({ by: ["unitId"], where: { status: open, deadline: { lt: now } }, _count: { _all: true } }),
  ]);
  const countBy = <K extends string>(rows: ({ _count: { _all: number } } & Record<K, string>)[], key: K) =>
    new Map(rows.map((r) => [r[key], r._count._all]));
  const openTasks = countBy(tasks, "leadUnitId");
  const openSteps = countBy(steps, "unitId");
  const overdueSteps = countBy(overdue, "unitId");
  const byId = new Map(units.map((u) => [u.id, u]));
  const sortKey = (path: string) =>
    path
      .split("/")
      .filter(Boolean)
      .map((id) => `${String(byId.get(id)?.sortOrder ?? 0).padStart(4, "0")}${byId.get(id)?.name ?? ""}`)
      .join("/");
  return units
    .map((u) => ({
      ...u,
      depth: u.path.split("/").filter(Boolean).length - 1,
      openTasks: openTasks.get(u.id) ?? 0,
      openSteps: openSteps.get(u.id) ?? 0,
      overdueSteps: overdueSteps.get(u.id) ?? 0,
    }))
    .sort((a, b) => sortKey(a.path).localeCompare(sortKey(b.path), "vi"));
}
