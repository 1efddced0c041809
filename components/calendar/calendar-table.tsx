import { formatLocalDate } from "@/lib/domain/format";
import { RemoveCalendarDayButton } from "./remove-calendar-day-button";
import { calendarKindLabel, weekdayLabel } from "./weekday-label";

type TEntry = { date: string; kind: string; name: string };

export function CalendarTable({ year, entries }: { year: number; entries: TEntry[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="calendar-table">
        <caption className="sr-only">Ngày nghỉ và ngày làm bù năm {year}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Ngày</th>
            <th scope="col" className="px-3 py-2">Loại</th>
            <th scope="col" className="px-3 py-2">Tên, lý do</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">Thao tác</span></th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.date} className="border-t border-slate-100">
              <td className="px-3 py-2 whitespace-nowrap">{weekdayLabel(e.date)}, {formatLocalDate(e.date)}</td>
              <td className={`px-3 py-2 ${e.kind === "WORKING_DAY" ? "font-medium text-emerald-800" : ""}`}>{calendarKindLabel[e.kind] ?? e.kind}</td>
              <td className="px-3 py-2">{e.name}</td>
              <td className="px-3 py-2 text-right"><RemoveCalendarDayButton date={e.date} name={e.name} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
