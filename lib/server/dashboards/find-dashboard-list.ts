import "server-only";
import { localeOf } from "@/lib/server/signals/signal-explanation";
import type { TActor } from "@/lib/domain/access/roles";
import type { TLocalDate } from "@/lib/domain/calendar";
import type { TReportCategory } from "@/lib/domain/rollups";
import type { TSignalKind } from "@/lib/domain/signals";
import { db } from "@/lib/server/db/prisma";
import { findRollupItems } from "./find-rollup-items";
import { findScopeSignals } from "./find-scope-signals";
import { getDashboardUnitOrThrow } from "./get-dashboard-unit-or-throw";
import { monthPeriod } from "./month-period";
import { periodOf } from "./period-of";
import type { TRollupFilter, TRollupLevel } from "./rollup-filter";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

export type TDashboardListQuery = {
  unit?: string;
  directive?: string;
  from?: TLocalDate;
  to?: TLocalDate;
  level?: TRollupLevel;
  category?: TReportCategory;
  person?: string;
  month?: string;
  own?: "1";
  show?: "items" | "signals";
  kind?: TSignalKind;
  page?: number;
};

/**
 * The list behind any number of the dashboards: the items of one category (or all), or
 * the signals (of one kind, or all), in the same unit scope, period, directive and person
 * as the number, checked against the actor like the dashboard itself.
 */
export async function findDashboardList(actor: TActor, query: TDashboardListQuery, now: Date) {
  const unit = await getDashboardUnitOrThrow(actor, query.unit);
  const base = periodOf(query);
  const period = query.month ? monthPeriod(query.month, base) : base;
  const filter: TRollupFilter = {
    scopePath: unit.path,
    period,
    directiveId: query.directive ?? null,
    personId: query.person ?? null,
    level: query.level ?? "step",
  };
  const ownUnitId = query.own ? unit.id : undefined;
  const person = query.person
    ? await db.user.findFirst({
        where: { id: query.person, unit: unitsInTree(unit.path) },
        select: { id: true, name: true },
      })
    : null;
  if (query.show === "signals") {
    const result = await findScopeSignals(
      { ...filter, level: "step" },
      { kind: query.kind, ownUnitId, page: query.page, locale: localeOf(actor), now },
    );
    return { unit, person, filter, show: "signals" as const, result };
  }
  const result = await findRollupItems(filter, now, { category: query.category, ownUnitId, page: query.page });
  return { unit, person, filter, show: "items" as const, result };
}
