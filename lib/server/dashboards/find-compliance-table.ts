import "server-only";
import { msg } from "@/lib/i18n/message";
import { hasSectorWideView, type TActor } from "@/lib/domain/access/roles";
import type { TLocalDate } from "@/lib/domain/calendar";
import type { TComplianceSortKey } from "@/lib/schemas/dashboard";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { countOpenEscalationsByUnit } from "./count-open-escalations-by-unit";
import {
  complianceUnitSelect,
  getComplianceParentOrThrow,
  type TComplianceParent,
} from "./get-compliance-parent-or-throw";
import { periodOf } from "./period-of";
import type { TRollupFilter, TRollupLevel } from "./rollup-filter";
import { rollUpInSql, rollUpUnitsInSql } from "./roll-up-in-sql";
import { sortComplianceRows } from "./sort-compliance-rows";
import { trendWindow } from "./trend-window";

export type TComplianceQuery = {
  unit?: string;
  directive?: string;
  from?: TLocalDate;
  to?: TLocalDate;
  level?: TRollupLevel;
  sort?: TComplianceSortKey;
  dir?: "asc" | "desc";
};

/** The roll-up filter of a compliance view of the units below `scopePath`. */
export function complianceFilter(scopePath: string, query: TComplianceQuery): TRollupFilter {
  return { scopePath, period: periodOf(query), directiveId: query.directive ?? null, level: query.level ?? "step" };
}

/**
 * Every unit directly below `query.unit` (by default the root of the tree) side by side:
 * the four categories, on-time rate, signals, escalations waiting and a six-month trend,
 * each unit counting the units below it; plus the parent's own work and its total, which
 * the rows add up to. Sector-wide roles only. `loaded` is the parent when the caller has
 * already read it (getComplianceParentOrThrow, for `query.unit`).
 */
export async function findComplianceTable(
  actor: TActor,
  query: TComplianceQuery,
  now: Date,
  loaded?: TComplianceParent,
) {
  if (!hasSectorWideView(actor)) throw new DomainError("FORBIDDEN", msg("errors.sectorWideOnly"));
  const parent = loaded ?? (await getComplianceParentOrThrow(actor, query.unit));
  const children = await db.unit.findMany({
    where: { parentId: parent.id },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { ...complianceUnitSelect, _count: { select: { children: true } } },
  });
  const filter = complianceFilter(parent.path, query);
  const ids = children.map((c) => c.id);
  const trend = trendWindow(filter.period, now, 6);
  const [[rows, [own], [total]], escalations, months, ancestors] = await Promise.all([
    rollUpUnitsInSql(filter, now, [
      { unitIds: ids },
      { unitIds: [parent.id], includeSubunits: false },
      { unitIds: [parent.id] },
    ]),
    countOpenEscalationsByUnit([...ids, parent.id], filter.directiveId),
    rollUpInSql("unitMonth", { ...filter, period: trend.period }, now, { unitIds: ids }),
    db.unit.findMany({
      where: { id: { in: parent.path.split("/").filter(Boolean) } },
      select: { id: true, name: true, path: true },
    }),
  ]);
  const rowOf = new Map(rows.map((r) => [r.key, r]));
  const monthOf = new Map(months.map((m) => [m.key, m.categories]));
  const sort = query.sort ?? "onTimeRate";
  const dir = query.dir ?? (sort === "name" || sort === "onTimeRate" ? "asc" : "desc");
  const unitRows = children.map(({ _count, ...unit }) => ({
    unit,
    hasChildren: _count.children > 0,
    row: rowOf.get(unit.id)!,
    escalations: escalations.get(unit.id) ?? 0,
    trend: trend.months.map((month) => {
      const c = monthOf.get(`${unit.id}|${month}`);
      return { month, DONE_ON_TIME: c?.DONE_ON_TIME ?? 0, DONE_LATE: c?.DONE_LATE ?? 0, OVERDUE: c?.OVERDUE ?? 0 };
    }),
  }));
  return {
    parent,
    breadcrumb: ancestors.sort((a, b) => a.path.length - b.path.length),
    filter,
    sort,
    dir,
    rows: sortComplianceRows(unitRows, sort, dir),
    own: {
      row: own,
      escalationsOwn: (escalations.get(parent.id) ?? 0) - ids.reduce((n, id) => n + (escalations.get(id) ?? 0), 0),
    },
    total: { row: total, escalations: escalations.get(parent.id) ?? 0 },
  };
}
