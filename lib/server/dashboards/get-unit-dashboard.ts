import "server-only";
import { localeOf } from "@/lib/server/signals/signal-explanation";
import type { TActor } from "@/lib/domain/access/roles";
import type { TLocalDate } from "@/lib/domain/calendar";
import { findDirectiveOptions } from "./find-directive-options";
import { findOpenEscalations } from "./find-open-escalations";
import { findPersonRollups } from "./find-person-rollups";
import { findRollupItems } from "./find-rollup-items";
import { findScopeSignals } from "./find-scope-signals";
import { getDashboardUnitOrThrow } from "./get-dashboard-unit-or-throw";
import { periodOf } from "./period-of";
import type { TRollupFilter, TRollupLevel } from "./rollup-filter";
import { rollUpInSql } from "./roll-up-in-sql";
import { trendWindow } from "./trend-window";

export type TUnitDashboardQuery = {
  unit?: string;
  directive?: string;
  from?: TLocalDate;
  to?: TLocalDate;
  level?: TRollupLevel;
};

/**
 * Everything a head's dashboard shows, for one unit and the units below it (checked
 * against the actor first): the four categories, the overdue list oldest first, each
 * person's counts and signals with their explanations, the escalations waiting, and the
 * trend by month. All counts come from the SQL roll-ups.
 */
export async function getUnitDashboard(actor: TActor, query: TUnitDashboardQuery, now: Date) {
  const unit = await getDashboardUnitOrThrow(actor, query.unit);
  const period = periodOf(query);
  const filter: TRollupFilter = {
    scopePath: unit.path,
    period,
    directiveId: query.directive ?? null,
    level: query.level ?? "step",
  };
  const trend = trendWindow(period, now);
  const [[totals], months, people, overdue, signals, escalations, directives] = await Promise.all([
    rollUpInSql("unit", filter, now, { unitIds: [unit.id] }),
    rollUpInSql("month", { ...filter, period: trend.period }, now),
    findPersonRollups(filter, now),
    findRollupItems(filter, now, { category: "OVERDUE", pageSize: 15 }),
    findScopeSignals(filter, { pageSize: 200, locale: localeOf(actor), now }),
    findOpenEscalations(filter),
    findDirectiveOptions(unit.path),
  ]);
  const byMonth = new Map(months.map((m) => [m.key, m]));
  return {
    unit,
    filter,
    totals,
    trend: trend.months.map((month) => ({
      month,
      DONE_ON_TIME: byMonth.get(month)?.categories.DONE_ON_TIME ?? 0,
      DONE_LATE: byMonth.get(month)?.categories.DONE_LATE ?? 0,
      OVERDUE: byMonth.get(month)?.categories.OVERDUE ?? 0,
    })),
    people,
    overdue,
    signals,
    escalations,
    directives,
  };
}
