import Link from "next/link";
import { useTranslations } from "next-intl";
import { reportCategories, type TReportCategory, type TRollupRow } from "@/lib/domain/rollups";
import { formatDate } from "@/lib/domain/format/format-date";
import { isAnswerStatus } from "./labels";
import type { TSignalRow } from "./signals-table";
import { tableFrame } from "@/components/ui/table-frame";

type TPersonRow = TRollupRow & { person: { id: string; name: string; title: string | null; unitName: string } };

/**
 * Each person's steps in the four categories and the signals about them, with the
 * explanation of each signal one click away; every number links to the list behind it.
 */
export function PersonSignals({
  people,
  signals,
  itemsHref,
  signalsHref,
}: {
  people: TPersonRow[];
  signals: TSignalRow[];
  itemsHref: (personId: string, category?: TReportCategory) => string;
  signalsHref: (personId: string) => string;
}) {
  const t = useTranslations("dashboard");
  const tEnum = useTranslations("enums");
  // Not Map.groupBy: Node 20 does not have it.
  const bySubject = new Map<string, TSignalRow[]>();
  for (const s of signals) {
    const key = s.subjectUser?.id ?? "";
    bySubject.set(key, [...(bySubject.get(key) ?? []), s]);
  }
  return (
    <div className={tableFrame}>
      <table className="w-full text-left text-sm" data-testid="person-rollups">
        <caption className="sr-only">{t("personSignals.caption")}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("personSignals.person")}
            </th>
            {reportCategories.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 text-right">
                {tEnum(`reportCategory.${c}`)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2">
              {t("personSignals.signals")}
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => {
            const own = bySubject.get(p.person.id) ?? [];
            return (
              <tr key={p.key} className="border-t border-slate-100 align-top">
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={itemsHref(p.person.id)} className="hover:underline">
                    {p.person.name}
                  </Link>
                  <div className="font-normal text-slate-500">
                    {[p.person.title, p.person.unitName].filter(Boolean).join(" · ")}
                  </div>
                </th>
                {reportCategories.map((c) => (
                  <td
                    key={c}
                    className={`px-3 py-2 text-right tabular-nums ${c === "OVERDUE" && p.categories[c] ? "font-semibold text-red-700" : ""}`}
                  >
                    <Link href={itemsHref(p.person.id, c)} className="hover:underline">
                      {p.categories[c]}
                    </Link>
                  </td>
                ))}
                <td className="px-3 py-2">
                  {p.signalTotal === 0 ? (
                    <span className="text-slate-500">{t("personSignals.none")}</span>
                  ) : (
                    <details>
                      {/* A link inside <summary> is a control inside a control (axe nested-interactive): it sits in the list. */}
                      <summary className="cursor-pointer font-semibold text-red-700">
                        {t("personSignals.count", { count: p.signalTotal })}
                      </summary>
                      <ul className="mt-2 space-y-2">
                        {own.map((s) => (
                          <li key={s.id}>
                            <span className="font-medium">{tEnum(`signalKind.${s.kind}`)}</span> ({formatDate(s.since)},{" "}
                            {isAnswerStatus(s.answerStatus) ? t(`answerStatus.${s.answerStatus}`) : s.answerStatus}):{" "}
                            {s.explanation}{" "}
                            <Link href={`/tasks/${s.task.id}`} className="text-brand-700 hover:underline">
                              {t("personSignals.viewTask")}
                            </Link>
                          </li>
                        ))}
                        <li className="text-slate-500">
                          <Link className="underline" href={signalsHref(p.person.id)}>
                            {t("personSignals.viewAll", { count: p.signalTotal })}
                          </Link>
                        </li>
                      </ul>
                    </details>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
