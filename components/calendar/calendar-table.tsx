import { useTranslations } from "next-intl";
import { dayOfWeek } from "@/lib/domain/calendar/day-of-week";
import { formatLocalDate } from "@/lib/domain/format/format-local-date";
import { RemoveCalendarDayButton } from "./remove-calendar-day-button";
import { isCalendarDayKind } from "./calendar-day-kind";
import { tableFrame } from "@/components/ui/table-frame";

type TEntry = { date: string; kind: string; name: string };

export function CalendarTable({ year, entries }: { year: number; entries: TEntry[] }) {
  const t = useTranslations("calendarAdmin.table");
  const tEnum = useTranslations("enums");
  return (
    <div className={tableFrame}>
      <table className="w-full text-left text-sm" data-testid="calendar-table">
        <caption className="sr-only">{t("caption", { year })}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("date")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("kind")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("name")}
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.date} className="border-t border-slate-100">
              <td className="px-3 py-2 whitespace-nowrap">
                {tEnum(`weekday.${dayOfWeek(e.date) as 0 | 1 | 2 | 3 | 4 | 5 | 6}`)}, {formatLocalDate(e.date)}
              </td>
              <td className={`px-3 py-2 ${e.kind === "WORKING_DAY" ? "font-medium text-emerald-800" : ""}`}>
                {isCalendarDayKind(e.kind) ? tEnum(`calendarDayKind.${e.kind}`) : e.kind}
              </td>
              <td className="px-3 py-2">{e.name}</td>
              <td className="px-3 py-2 text-right">
                <RemoveCalendarDayButton date={e.date} name={e.name} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
