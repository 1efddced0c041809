import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { TRollupRow } from "@/lib/domain/rollups";
import { formatRate } from "./format-rate";
import { tableFrame } from "@/components/ui/table-frame";

type TPerson = TRollupRow & { person: { id: string; name: string; title: string | null; unitName: string } };

/** People with signals or overdue steps, most signals first, each a link to their record. */
export function AttentionPeople({ people, personHref }: { people: TPerson[]; personHref: (id: string) => string }) {
  const t = useTranslations("dashboard.attention");
  const locale = useLocale();
  return (
    <div className={tableFrame}>
      <table className="w-full text-left text-sm" data-testid="attention-people">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("person")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("signals")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("overdue")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("onTimeRate")}
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.key} className="border-t border-slate-100">
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={personHref(p.person.id)} className="text-brand-700 underline">
                  {p.person.name}
                </Link>
                <span className="font-normal text-slate-500"> · {p.person.unitName}</span>
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{p.signalTotal}</td>
              <td className="px-3 py-2 text-right tabular-nums">{p.categories.OVERDUE}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatRate(p.onTimeRate, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
