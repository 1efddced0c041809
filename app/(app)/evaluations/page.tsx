import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { tableFrame } from "@/components/ui/table-frame";
import { hasSectorWideView, isUnitHead } from "@/lib/domain/access/roles";
import { addCalendarDays, localDateOf } from "@/lib/domain/calendar";
import { frequencyOfKey, periodLabel, periodOf } from "@/lib/domain/recurrence";
import { wordMessage } from "@/lib/i18n/message";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";
import { getSectorEvaluations } from "@/lib/server/evaluation/get-sector-evaluations";
import { getUnitEvaluations } from "@/lib/server/evaluation/get-unit-evaluations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluationTable");
  return { title: t("metaTitle") };
}

const PAGE_SIZE = 100;
const ZQuery = z.object({
  unitId: z.uuid().optional().catch(undefined),
  period: z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/)
    .optional()
    .catch(undefined),
  view: z.enum(["sector", "unit"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
const grades = ["EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"] as const;

/**
 * The evaluations of a period: TCCB's sector view by unit (the default for the sector-wide
 * roles), a unit's table (a head's own by default), and from each row the person's scorecard.
 * Staff have no table: they go to their own scorecard.
 */
export default async function EvaluationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const query = ZQuery.parse(await searchParams);
  const now = new Date();
  // The month just ended is the one being evaluated in the first days of the next.
  const periodKey = query.period ?? periodOf("MONTHLY", addCalendarDays(localDateOf(now), -10)).key;
  if (!isUnitHead(actor) && !hasSectorWideView(actor)) redirect(`/evaluations/${actor.id}/${periodKey}`);
  const t = await getTranslations("evaluationTable");
  const tAll = await getTranslations();
  const format = await getFormatter();
  const sectorView = hasSectorWideView(actor) && !query.unitId && query.view !== "unit";
  const frequency = frequencyOfKey(periodKey)!;
  const label = wordMessage(tAll, periodLabel(periodKey));
  const keyOf = (date: string) => periodOf(frequency, date).key;
  const here = (over: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    const merged = { unitId: query.unitId, period: periodKey, view: query.view, ...over };
    for (const [k, v] of Object.entries(merged)) if (v) params.set(k, v);
    return `/evaluations?${params}`;
  };
  const periodNav = (first: string, last: string) => (
    <nav aria-label={t("periodNav")} className="mb-4 flex flex-wrap gap-4 text-sm">
      <Link href={here({ period: keyOf(addCalendarDays(first, -1)) })} className="text-brand-700 underline">
        {t("previous")}
      </Link>
      <Link href={here({ period: keyOf(addCalendarDays(last, 1)) })} className="text-brand-700 underline">
        {t("next")}
      </Link>
      {frequency === "MONTHLY" && (
        <>
          <Link
            href={here({ period: `${periodKey.slice(0, 4)}-Q${Math.ceil(Number(periodKey.slice(5, 7)) / 3)}` })}
            className="text-brand-700 underline"
          >
            {t("quarter")}
          </Link>
          <Link href={here({ period: periodKey.slice(0, 4) })} className="text-brand-700 underline">
            {t("year")}
          </Link>
        </>
      )}
    </nav>
  );
  const gradeChips = (distribution: Record<(typeof grades)[number], number>) => (
    <span className="flex flex-wrap gap-2">
      {grades.map((g) => (
        <span key={g} className="rounded bg-slate-100 px-2 py-0.5 text-xs">
          {tAll(`scorecard.grade.${g}`)}: {distribution[g]}
        </span>
      ))}
    </span>
  );

  if (sectorView) {
    const sector = await getSectorEvaluations(actor, periodKey).catch(asPageRefusal);
    return (
      <>
        <PageHeader title={t("sectorTitle", { period: label })} subtitle={t("sectorSubtitle")} />
        {periodNav(sector.period.start, sector.period.end)}
        <Section title={t("sectorSummary")}>
          <p className="text-sm" data-testid="sector-summary">
            {t("sectorLine", {
              people: sector.sector.people,
              approved: sector.sector.approved,
              assessed: sector.sector.assessed,
              units: sector.sector.unitsOverCap,
            })}
          </p>
          <div className="mt-2">{gradeChips(sector.sector.distribution)}</div>
        </Section>
        <Section title={t("byUnit")} count={sector.units.length}>
          <div className={tableFrame}>
            <table className="w-full text-sm" data-testid="sector-evaluations">
              <caption className="sr-only">{t("byUnit")}</caption>
              <thead className="bg-slate-50 text-left">
                <tr>
                  <th className="px-3 py-2">{t("column.unit")}</th>
                  <th className="px-3 py-2">{t("column.people")}</th>
                  <th className="px-3 py-2">{t("column.approved")}</th>
                  <th className="px-3 py-2">{t("column.averageTask")}</th>
                  <th className="px-3 py-2">{t("column.grades")}</th>
                  <th className="px-3 py-2">{t("column.cap")}</th>
                </tr>
              </thead>
              <tbody>
                {sector.units.map((u) => (
                  <tr key={u.unit.id} className="border-t border-slate-100 align-top">
                    <td className="px-3 py-2">
                      <Link
                        href={here({ unitId: u.unit.id, view: "unit" })}
                        className="text-brand-700 underline-offset-2 hover:underline"
                      >
                        {u.unit.name}
                      </Link>
                    </td>
                    <td className="px-3 py-2 tabular-nums">{u.people}</td>
                    <td className="px-3 py-2 tabular-nums">
                      {u.approved} / {u.people}
                    </td>
                    <td className="px-3 py-2 tabular-nums">
                      {u.averageTaskPoints === null ? "—" : format.number(u.averageTaskPoints)}
                    </td>
                    <td className="px-3 py-2">{gradeChips(u.distribution)}</td>
                    <td className="px-3 py-2">
                      {u.unitsOverCap > 0 ? (
                        <span className="text-red-800">{t("unitsOverCap", { n: u.unitsOverCap })}</span>
                      ) : (
                        t("capOk")
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      </>
    );
  }

  const table = await getUnitEvaluations(actor, query.unitId, periodKey).catch(asPageRefusal);
  const page = Math.min(query.page ?? 1, Math.max(1, Math.ceil(table.rows.length / PAGE_SIZE)));
  const pageCount = Math.ceil(table.rows.length / PAGE_SIZE);
  const rows = table.rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const { cap } = table.summary;
  const scorecardPeriod = table.subPeriods ? table.subPeriods[0]! : periodKey;
  return (
    <>
      <PageHeader title={t("unitTitle", { unit: table.unit.name, period: label })} subtitle={t("unitSubtitle")} />
      {periodNav(table.period.start, table.period.end)}
      <p className="mb-4 flex flex-wrap gap-4 text-sm">
        {hasSectorWideView(actor) && (
          <Link
            href={here({ unitId: undefined, view: undefined, page: undefined })}
            className="text-brand-700 underline"
          >
            {t("backToSector")}
          </Link>
        )}
        <a
          href={`/api/v1/reports/evaluations.xlsx?unitId=${table.unit.id}&period=${periodKey}`}
          className="text-brand-700 underline"
        >
          {t("downloadTable")}
        </a>
      </p>
      {table.subPeriods && (
        <p className="mb-4 text-sm text-slate-700">{t("aggregateNote", { n: table.subPeriods.length })}</p>
      )}
      <Section title={t("summary")}>
        <p className="text-sm" data-testid="unit-status">
          {t("statusLine", { ...table.statusCounts, people: table.rows.length })}
        </p>
        <div className="mt-2">{gradeChips(table.summary.distribution)}</div>
        {cap.exceeded ? (
          <div role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-900" data-testid="cap-warning">
            {t("capExceeded", {
              excellent: cap.excellent,
              good: cap.good,
              allowed: cap.allowed,
              share: Math.round(table.scheme.excellentCapOfGood * 100),
            })}
            {table.capBreaches.length > 1 && (
              <ul className="mt-1 list-disc pl-5">
                {table.capBreaches.map((b) => (
                  <li key={b.unit.id}>
                    {t("capBreach", { unit: b.unit.name, excellent: b.cap.excellent, allowed: b.cap.allowed })}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : (
          table.capBreaches.length > 0 && (
            <ul
              role="alert"
              className="mt-3 list-disc rounded-md bg-red-50 p-3 pl-8 text-sm text-red-900"
              data-testid="cap-warning"
            >
              {table.capBreaches.map((b) => (
                <li key={b.unit.id}>
                  {t("capBreach", { unit: b.unit.name, excellent: b.cap.excellent, allowed: b.cap.allowed })}
                </li>
              ))}
            </ul>
          )
        )}
      </Section>
      <Section title={t("people")} count={table.rows.length}>
        {table.rows.length === 0 ? (
          <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
        ) : (
          <>
            <div className={tableFrame}>
              <table className="w-full text-sm" data-testid="unit-evaluations">
                <caption className="sr-only">{t("people")}</caption>
                <thead className="bg-slate-50 text-left">
                  <tr>
                    <th className="px-3 py-2">{t("column.person")}</th>
                    <th className="px-3 py-2">{t("column.unit")}</th>
                    <th className="px-3 py-2">{t("column.status")}</th>
                    <th className="px-3 py-2">{t("column.task")}</th>
                    <th className="px-3 py-2">{t("column.general")}</th>
                    <th className="px-3 py-2">{t("column.total")}</th>
                    <th className="px-3 py-2">{t("column.grade")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id} className="border-t border-slate-100 align-top">
                      <td className="px-3 py-2">
                        <Link
                          href={`/evaluations/${r.id}/${scorecardPeriod}`}
                          className="text-brand-700 underline-offset-2 hover:underline"
                        >
                          {r.name}
                        </Link>
                        <div className="text-xs text-slate-500">
                          {r.title ??
                            tAll(`peopleAdmin.form.positionOption.${r.position as "STAFF" | "DEPUTY_HEAD" | "HEAD"}`)}
                        </div>
                      </td>
                      <td className="px-3 py-2">{r.unit.name}</td>
                      <td className="px-3 py-2">{t(`status.${r.status}`)}</td>
                      <td className="px-3 py-2 tabular-nums">
                        {format.number(r.taskPoints)}
                        {r.provisional && <span className="text-xs text-slate-500"> {t("provisional")}</span>}
                        {r.unitPoints !== null && (
                          <div className="text-xs text-slate-500">
                            {t("managerUnit", { unit: format.number(r.unitPoints) })}
                          </div>
                        )}
                      </td>
                      <td className="px-3 py-2 tabular-nums">
                        {r.generalPoints === null ? "—" : format.number(r.generalPoints)}
                      </td>
                      <td className="px-3 py-2 tabular-nums">{r.total === null ? "—" : format.number(r.total)}</td>
                      <td className="px-3 py-2">{r.grade ? tAll(`scorecard.grade.${r.grade}`) : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={page} pageCount={pageCount} hrefFor={(p) => here({ page: String(p) })} />
          </>
        )}
      </Section>
    </>
  );
}
