import "server-only";
import { localeOf } from "@/lib/server/signals/signal-explanation";
import { msg } from "@/lib/i18n/message";
import { hasSectorWideView, type TActor } from "@/lib/domain/access/roles";
import type { TLocalDate } from "@/lib/domain/calendar";
import type { TReportCategory } from "@/lib/domain/rollups";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { findRollupItems } from "./find-rollup-items";
import { findScopeSignals } from "./find-scope-signals";
import { periodOf } from "./period-of";
import type { TRollupFilter } from "./rollup-filter";
import { rollUpInSql } from "./roll-up-in-sql";

export type TPersonComplianceQuery = {
  directive?: string;
  from?: TLocalDate;
  to?: TLocalDate;
  category?: TReportCategory;
  page?: number;
};

/**
 * One person's record for TCCB: their counts in the four categories, their steps (a page,
 * oldest first, optionally one category) and every signal about them in the period with
 * its explanation and evidence, including those whose answer was accepted (shown as such,
 * not counted). Sector-wide roles only; an unknown person is NOT_FOUND.
 */
export async function getPersonCompliance(actor: TActor, personId: string, query: TPersonComplianceQuery, now: Date) {
  if (!hasSectorWideView(actor)) throw new DomainError("FORBIDDEN", msg("errors.personComplianceForbidden"));
  const person = await db.user.findUnique({
    where: { id: personId },
    select: {
      id: true,
      name: true,
      title: true,
      position: true,
      unit: { select: { id: true, name: true, path: true } },
    },
  });
  if (!person) throw new DomainError("NOT_FOUND", msg("errors.personNotFound"));
  const filter: TRollupFilter = {
    scopePath: "/",
    period: periodOf(query),
    directiveId: query.directive ?? null,
    personId,
    level: "step",
  };
  const [rows, steps, signals] = await Promise.all([
    rollUpInSql("person", filter, now),
    findRollupItems(filter, now, { category: query.category, page: query.page }),
    findScopeSignals(filter, { includeAccepted: true, pageSize: 100, locale: localeOf(actor), now }),
  ]);
  const row = rows.find((r) => r.key === personId) ?? null;
  return { person, filter, row, steps, signals };
}
