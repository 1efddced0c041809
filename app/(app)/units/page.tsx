import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { enumText } from "@/components/work/enum-text";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { hasSectorWideView } from "@/lib/domain/access/roles";
import { formatDate } from "@/lib/domain/format";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findUnitsOverview } from "@/lib/server/units/find-units-overview";
import { tableFrame } from "@/components/ui/table-frame";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units");
  return { title: t("metaTitle") };
}

export default async function UnitsPage() {
  const actor = await requireActorOrRedirect();
  const tEnum = await getTranslations("enums");
  const t = await getTranslations("units");
  if (!hasSectorWideView(actor)) notFound();
  const now = new Date();
  const units = await findUnitsOverview(actor, now);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { date: formatDate(now) })} />
      <div className={tableFrame}>
        <table className="w-full text-left text-sm" data-testid="units-table">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("unit")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("level")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("openTasks")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("openSteps")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("overdueSteps")}
              </th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id} className="border-t border-slate-100">
                <th
                  scope="row"
                  className="px-3 py-2 font-medium"
                  style={{ paddingLeft: `${0.75 + u.depth * 1.25}rem` }}
                >
                  {/* Each unit opens its compliance view: its units below, its people, its candidates. */}
                  <Link href={`/compliance?unit=${u.id}`} className="text-brand-700 underline">
                    {u.name}
                  </Link>{" "}
                  <span className="font-normal text-slate-500">({u.code})</span>
                </th>
                <td className="px-3 py-2">{enumText(tEnum, "unitLevel", u.level)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{u.openTasks}</td>
                <td className="px-3 py-2 text-right tabular-nums">{u.openSteps}</td>
                <td
                  className={`px-3 py-2 text-right tabular-nums ${u.overdueSteps ? "font-semibold text-red-700" : ""}`}
                >
                  {u.overdueSteps}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
